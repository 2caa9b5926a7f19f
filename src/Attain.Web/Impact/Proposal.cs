using System.Text;
using Attain.Core;
using Attain.Core.Catalog;
using Attain.Data;
using Attain.Program;
using Attain.Program.Impact;
using Microsoft.Extensions.Options;

namespace Attain.Web.Impact;

/// <summary>
/// Reads a proposed catalog for the page and the API alike, as hostile input: at most <see cref="AttainWebOptions.CatalogLimitBytes"/>
/// bytes, UTF-8, then the catalog reader's own checks (every problem with its JSON path, in the request's language), then
/// the store's partners' countries against its market table. A configured market table (Attain:Markets) replaces the
/// proposal's, as `--markets` does on the command line. Or picks a catalog shipped beside the app (catalog/*.json).
/// </summary>
public sealed class Proposal(AttainProgram program, IOptions<AttainWebOptions> options)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string ShippedFolder => Path.Combine(AppContext.BaseDirectory, "catalog");

    /// <summary>The catalogs shipped beside the app, by file name: the only names <see cref="ShippedAsync"/> takes.</summary>
    public static IReadOnlyList<string> Shipped =>
        Directory.Exists(ShippedFolder)
            ? [.. Directory.EnumerateFiles(ShippedFolder, "*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)]
            : [];

    public long LimitBytes => options.Value.CatalogLimitBytes;

    /// <summary>The body, or null when it holds more than <see cref="LimitBytes"/>: read no further than one byte past it.</summary>
    public async Task<byte[]?> ReadLimitedAsync(Stream body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > LimitBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    public async Task<Validated<VersionedCatalog>> ReadAsync(byte[] bytes, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        string json;
        try
        {
            json = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Validated<VersionedCatalog>.Invalid([new Problem(name, null, null, Resources.WebTexts.Impact_NotUtf8)]);
        }

        return await CheckAsync(CatalogReader.Read(json.TrimStart('\uFEFF'), name), name, cancellationToken);
    }

    /// <summary>A shipped catalog by file name; any other name (a path, a typo) is a problem, never a file opened.</summary>
    public async Task<Validated<VersionedCatalog>> ShippedAsync(string? name, CancellationToken cancellationToken)
    {
        if (name is null || !Shipped.Contains(name, StringComparer.Ordinal))
        {
            return Validated<VersionedCatalog>.Invalid([new Problem(name ?? string.Empty, null, "shipped", Resources.WebTexts.Impact_NoSuchCatalog)]);
        }

        return await CheckAsync(CatalogFile.Load(Path.Combine(ShippedFolder, name), null), name, cancellationToken);
    }

    private async Task<Validated<VersionedCatalog>> CheckAsync(Validated<VersionedCatalog> read, string name, CancellationToken cancellationToken)
    {
        if (!read.IsValid)
        {
            return read;
        }

        var proposed = string.IsNullOrWhiteSpace(options.Value.Markets) ? read.Value! : read.Value!.WithMarkets(program.Catalog.Markets);
        var problems = await CatalogImpact.ProblemsAsync(program.Db, proposed, name, cancellationToken);
        return problems.Count == 0 ? Validated<VersionedCatalog>.Valid(proposed) : Validated<VersionedCatalog>.Invalid(problems);
    }
}
