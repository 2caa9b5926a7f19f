using Attain.Cli.Output;

namespace Attain.Cli.Tests;

/// <summary>Issue #9: text from data reaches a terminal with its control and bidirectional characters written as escapes.</summary>
public sealed class TerminalTextTests
{
    [Theory]
    [InlineData("\u001b]0;pwned\u0007", @"\u001B]0;pwned\u0007")]
    [InlineData("\u001b[31mred", @"\u001B[31mred")]
    [InlineData("a\tb\r\nc", @"a\u0009b\u000D\u000Ac")]
    [InlineData("\u009b2J\u007f", @"\u009B2J\u007F")]
    [InlineData("abc\u202edcba\u2066x\u2069", @"abc\u202Edcba\u2066x\u2069")]
    public void Control_and_bidirectional_characters_are_written_as_escapes(string text, string shown) =>
        Assert.Equal(shown, TerminalText.Safe(text));

    [Theory]
    [InlineData("Northwind Traders, Inc.")]
    [InlineData("株式会社ヒカリ・ソリューションズ")]
    [InlineData("")]
    public void Other_text_is_left_as_it_is(string text) => Assert.Same(text, TerminalText.Safe(text));

    [Fact]
    public void Markup_escapes_Spectre_markup_after_control_characters() =>
        Assert.Equal(@"[[red]]\u001B", TerminalText.Markup("[red]\u001b"));
}
