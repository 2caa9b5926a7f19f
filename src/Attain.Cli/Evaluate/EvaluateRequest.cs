using System.Globalization;

namespace Attain.Cli.Evaluate;

/// <summary>What `attain evaluate` was asked to do, once the command line is parsed. No folder: from the store.</summary>
public sealed record EvaluateRequest(
    string? Folder,
    string? AsOf,
    string Format,
    CultureInfo Culture,
    string? Partner,
    string? CatalogPath,
    string? MarketsPath,
    string? Db = null,
    bool All = false,
    string? Out = null,
    string? ProblemsPath = null);
