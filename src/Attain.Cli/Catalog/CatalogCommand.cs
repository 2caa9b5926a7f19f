using System.CommandLine;

namespace Attain.Cli.Catalog;

/// <summary>`attain catalog …`: working with the rules themselves, before they are published.</summary>
public static class CatalogCommand
{
    public static Command Create(TextWriter output, TextWriter error) =>
        new("catalog", "Work with catalog files: see what a proposed catalog would change before publishing it.")
        {
            ImpactCommand.Create(output, error),
        };
}
