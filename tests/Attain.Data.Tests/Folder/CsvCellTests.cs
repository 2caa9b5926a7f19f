using Attain.Data.Folder;

namespace Attain.Data.Tests.Folder;

/// <summary>Issue #9 (OWASP CSV injection): the one rule every CSV writer of Attain calls for text cells.</summary>
public sealed class CsvCellTests
{
    [Theory]
    [InlineData("=1+2", "\"'=1+2\"")]
    [InlineData("+1", "\"'+1\"")]
    [InlineData("-1200.50", "\"'-1200.50\"")]
    [InlineData("@SUM(A1)", "\"'@SUM(A1)\"")]
    [InlineData("\t=1", "\"'\t=1\"")]
    [InlineData("\r=1", "\"'\r=1\"")]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")]
    public void Text_that_starts_like_a_formula_is_prefixed_with_a_quote_and_quoted(string value, string written) =>
        Assert.Equal(written, CsvCell.Text(value));

    [Theory]
    [InlineData("Contoso", "Contoso")]
    [InlineData("", "")]
    [InlineData("株式会社ヒカリ", "株式会社ヒカリ")]
    [InlineData("a=b", "a=b")]
    [InlineData("Northwind, Inc.", "\"Northwind, Inc.\"")]
    [InlineData("Margie's \"Travel\"", "\"Margie's \"\"Travel\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    public void Other_text_is_quoted_only_as_RFC_4180_needs(string value, string written) =>
        Assert.Equal(written, CsvCell.Text(value));
}
