using System.Globalization;
using Attain.Core.Catalog;
using Attain.Core.Explanation;
using Spectre.Console;

namespace Attain.Cli.Output;

/// <summary>What a report for people needs: the catalog for names, the language, and where to write.</summary>
public sealed class ReportContext
{
    public ReportContext(VersionedCatalog catalog, CultureInfo culture, TextWriter output)
    {
        Catalog = catalog;
        Culture = culture;
        Output = output;
        Explainer = new EvaluationExplainer(catalog, culture);
        // Colours only on a real terminal: redirected output and tests get plain text.
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = output == System.Console.Out && !System.Console.IsOutputRedirected ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = ColorSystemSupport.Detect,
        });
        if (output != System.Console.Out || System.Console.IsOutputRedirected)
        {
            Console.Profile.Width = 160;
        }
    }

    public VersionedCatalog Catalog { get; }

    public CultureInfo Culture { get; }

    /// <summary>Where the report goes as plain text (JSON, CSV); <see cref="Console"/> draws on the same writer.</summary>
    public TextWriter Output { get; }

    public EvaluationExplainer Explainer { get; }

    public IAnsiConsole Console { get; }
}
