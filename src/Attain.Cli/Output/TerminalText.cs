using System.Buffers;
using System.Globalization;
using System.Text;
using Spectre.Console;

namespace Attain.Cli.Output;

/// <summary>
/// Text from data (names, ids, messages quoting a value) made safe for a terminal (issue #9): a control character
/// (C0, DEL, C1: ESC starts the sequences that retitle a window, recolour or rewrite the screen) or a bidirectional
/// override or isolate (which reorders what a table shows) is written as its escape, <c>\u001B</c>, so it is visible
/// and inert. Everything the CLI prints for people from data goes through here.
/// </summary>
public static class TerminalText
{
    private static readonly SearchValues<char> Unsafe = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"
        + "\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F"
        + "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F"
        + "\u061C\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");

    /// <summary><paramref name="text"/> with every unsafe character written as <c>\uXXXX</c>; the same string when there is none.</summary>
    public static string Safe(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var next = text.AsSpan().IndexOfAny(Unsafe);
        if (next < 0)
        {
            return text;
        }

        var safe = new StringBuilder(text.Length + 8);
        var rest = text.AsSpan();
        while (next >= 0)
        {
            safe.Append(rest[..next]).Append(CultureInfo.InvariantCulture, $"\\u{(int)rest[next]:X4}");
            rest = rest[(next + 1)..];
            next = rest.IndexOfAny(Unsafe);
        }

        return safe.Append(rest).ToString();
    }

    /// <summary>Safe text as Spectre.Console markup: what every table and line for people is made of.</summary>
    public static string Markup(string text) => Spectre.Console.Markup.Escape(Safe(text));
}
