using Attain.Core.Model;
using Spectre.Console;

namespace Attain.Cli.Output;

/// <summary>The level as a coloured word: the top level in gold, the ones below in silver, none dimmed.</summary>
public static class LevelBadge
{
    public static string Markup(LevelId? level, ReportContext report)
    {
        var name = Spectre.Console.Markup.Escape(report.Explainer.LevelName(level));
        if (level is not { } held)
        {
            return $"[dim]{name}[/]";
        }

        return held == report.Catalog.Latest.Levels[^1].Id ? $"[bold gold1]{name}[/]" : $"[bold silver]{name}[/]";
    }
}
