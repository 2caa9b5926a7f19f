using System.Text;

namespace Attain.Data.Tests.Folder;

/// <summary>
/// Issue #9 (SPEC §7): a data file is UTF-8, with or without a byte order mark, or UTF-16 with one (Excel's "Unicode
/// text"); anything else is bad input naming the file.
/// </summary>
public sealed class EncodingTests
{
    private const string Partners = "partner_id,name,country\r\nP1,Müller 株式会社,US\r\nP2,Fabrikam,IN\r\n";

    public static TheoryData<string> Accepted => ["utf-8", "utf-8-bom", "utf-16le-bom", "utf-16be-bom"];

    [Theory]
    [MemberData(nameof(Accepted))]
    public void UTF_8_and_UTF_16_with_a_byte_order_mark_are_read_alike(string encoding)
    {
        using var folder = DataFolder.Valid().WithBytes("partners.csv", Encode(encoding, Partners));

        var read = folder.Read();

        Assert.True(read.IsValid, string.Join("; ", read.Problems));
        Assert.Equal("Müller 株式会社", read.Value!.FactsOf(new("P1")).Partner.Name);
    }

    [Fact]
    public void UTF_16_without_a_byte_order_mark_is_not_UTF_8()
    {
        using var folder = DataFolder.Valid().WithBytes("partners.csv", Encoding.Unicode.GetBytes(Partners));

        ProblemAssert.At(folder.SingleProblem(), "partners.csv", null, null, "not valid UTF-8 text");
    }

    [Fact]
    public void UTF_32_is_bad_input()
    {
        using var folder = DataFolder.Valid().WithBytes("partners.csv", [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(Partners)]);

        ProblemAssert.At(folder.SingleProblem(), "partners.csv", null, null, "the file is UTF-32 text");
    }

    [Fact]
    public void Invalid_UTF_8_bytes_after_valid_lines_name_the_last_good_line()
    {
        var bytes = new List<byte>(Encoding.UTF8.GetBytes("partner_id,name,country\nP1,Contoso,US\nP2,Fabrikam,IN\n"));
        bytes.AddRange(Encoding.UTF8.GetBytes(new string('x', 70_000))); // past the first buffer of the reader
        bytes.AddRange([0xC3, 0x28]); // a lead byte followed by no continuation
        using var folder = DataFolder.Valid().WithBytes("partners.csv", [.. bytes]);

        var problems = folder.Read().Problems;

        Assert.Contains(problems, problem => problem.Source == "partners.csv" && problem.Message.Contains("not valid UTF-8 text after line", StringComparison.Ordinal));
    }

    [Fact]
    public void Invalid_UTF_16_is_bad_input_too()
    {
        // An unpaired high surrogate: not text in any Unicode encoding.
        byte[] bytes = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("partner_id,name,country\nP1,"), 0x00, 0xD8, .. Encoding.Unicode.GetBytes("x,US\nP2,Fabrikam,IN")];
        using var folder = DataFolder.Valid().WithBytes("partners.csv", bytes);

        Assert.False(folder.Read().IsValid);
    }

    private static byte[] Encode(string encoding, string text) => encoding switch
    {
        "utf-8" => Encoding.UTF8.GetBytes(text),
        "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
        "utf-16le-bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
        _ => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
    };
}
