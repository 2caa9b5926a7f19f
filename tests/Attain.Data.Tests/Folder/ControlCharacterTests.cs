namespace Attain.Data.Tests.Folder;

/// <summary>
/// Issue #9 (SPEC §7): a control character (C0 but tab, CR and LF; DEL; C1) in an id or a name is bad input: none is
/// needed in one, and ESC starts the sequences that rewrite a terminal. Tab and line breaks (typed in a spreadsheet
/// cell) and bidirectional controls (right-to-left names) are accepted: output escapes them.
/// </summary>
public sealed class ControlCharacterTests
{
    [Theory]
    [InlineData("\u001b]0;pwned\u0007Contoso", "001B", 1)]
    [InlineData("Contoso\u001b[31m", "001B", 8)]
    [InlineData("Contoso\u009b31m", "009B", 8)]
    [InlineData("Contoso\u007f", "007F", 8)]
    public void A_control_character_in_a_name_is_bad_input_and_is_not_quoted_back(string name, string code, int position)
    {
        using var folder = DataFolder.Valid().With("partners.csv", $"partner_id,name,country\nP1,\"{name}\",US\nP2,Fabrikam,IN");

        var problem = folder.SingleProblem();

        ProblemAssert.At(problem, "partners.csv", 2, "name", $"the value contains the control character U+{code} at position {position}");
        Assert.DoesNotContain(problem.ToString(), character => char.IsControl(character));
    }

    [Fact]
    public void A_control_character_in_an_id_is_bad_input()
    {
        using var folder = DataFolder.Valid().With("revenue.csv", "customer_id,product,month,net_new_revenue_usd\n\"C1\u001b[2J\",crm-online,2016-12,1");

        ProblemAssert.At(folder.SingleProblem(), "revenue.csv", 2, "customer_id", "the value contains the control character U+001B at position 3");
    }

    [Fact]
    public void A_line_break_or_tab_typed_in_a_spreadsheet_cell_is_accepted()
    {
        using var folder = DataFolder.Valid().With("partners.csv", "partner_id,name,country\nP1,\"Contoso\r\nLtd\tJapan\",US\nP2,Fabrikam,IN");

        Assert.True(folder.Read().IsValid);
    }

    [Fact]
    public void A_bidirectional_mark_in_a_name_is_accepted_for_right_to_left_names()
    {
        using var folder = DataFolder.Valid().With("partners.csv", "partner_id,name,country\nP1,\u202bשלום\u202c,US\nP2,Fabrikam,IN");

        Assert.True(folder.Read().IsValid);
    }
}
