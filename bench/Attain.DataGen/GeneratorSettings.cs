namespace Attain.DataGen;

/// <summary>What to generate: how many partners, from which seed, up to which month, into which folder.</summary>
public sealed record GeneratorSettings(int Partners, ulong Seed, DateOnly AsOf, string OutputFolder)
{
    /// <summary>Revenue covers the 24 whole months before the as-of month: two TTM windows.</summary>
    public const int MonthsOfRevenue = 24;
}
