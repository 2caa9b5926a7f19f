namespace Attain.Web;

/// <summary>The "Attain" configuration section.</summary>
public sealed class AttainWebOptions
{
    /// <summary>The data folder imported into an empty store at start-up (default: the bundled samples/contoso).</summary>
    public string? SeedFolder { get; set; }

    /// <summary>A catalog file instead of the shipped one, and a country,market table replacing its markets.</summary>
    public string? Catalog { get; set; }

    public string? Markets { get; set; }

    /// <summary>The largest import upload accepted, in bytes.</summary>
    public long ImportLimitBytes { get; set; } = 50 * 1024 * 1024;
}
