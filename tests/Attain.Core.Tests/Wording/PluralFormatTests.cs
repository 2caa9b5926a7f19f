using System.Globalization;
using System.Resources;
using Attain.Core.Explanation;

namespace Attain.Core.Tests.Wording;

/// <summary>Issue 11: counts are worded by the language's plural rule, never "pass(es)".</summary>
public sealed class PluralFormatTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    private static readonly CultureInfo Japanese = CultureInfo.GetCultureInfo("ja-JP");

    [Theory]
    [InlineData(0, "0 rows")]
    [InlineData(1, "1 row")]
    [InlineData(2, "2 rows")]
    [InlineData(21, "21 rows")]
    public void English_has_one_form_for_exactly_one_and_another_for_every_other_count(int count, string expected) =>
        Assert.Equal(expected, PluralFormat.Format(English, "{0:plural:# row|# rows}", count));

    [Fact]
    public void Japanese_has_one_form_for_every_count() =>
        Assert.Equal("1 件 / 2 件", PluralFormat.Format(Japanese, "{0:plural:# 件|# 件} / {1:plural:# 件|# 件}", 1, 2));

    [Fact]
    public void Other_items_are_formatted_as_string_Format_formats_them_in_the_culture() =>
        Assert.Equal("1,234.5 of 1 partner", PluralFormat.Format(English, "{0:N1} of {1:plural:# partner|# partners}", 1234.5m, 1L));

    [Fact]
    public void The_command_lines_invariant_numbers_keep_the_languages_plural_rule() =>
        Assert.Equal("1 snapshot; 1234.5", PluralFormat.FormatMixed(CultureInfo.InvariantCulture, English, "{0:plural:# snapshot|# snapshots}; {1}", 1, 1234.5m));

    [Fact]
    public void No_text_of_the_core_says_s_or_es_in_brackets_and_every_plural_item_has_two_forms_in_English()
    {
        var resources = new ResourceManager("Attain.Core.Texts", typeof(PluralFormat).Assembly);
        var failures = new List<string>();
        foreach (System.Collections.DictionaryEntry entry in resources.GetResourceSet(CultureInfo.InvariantCulture, true, true)!)
        {
            var text = (string)entry.Value!;
            if (text.Contains("(s)", StringComparison.Ordinal) || text.Contains("(es)", StringComparison.Ordinal))
            {
                failures.Add($"{entry.Key}: {text}");
            }

            foreach (var item in text.Split("plural:").Skip(1))
            {
                if (item[..item.IndexOf('}', StringComparison.Ordinal)].Split('|').Length != 2)
                {
                    failures.Add($"{entry.Key}: {text}");
                }
            }
        }

        Assert.Empty(failures);
    }
}
