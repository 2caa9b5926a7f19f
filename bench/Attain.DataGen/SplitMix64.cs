namespace Attain.DataGen;

/// <summary>
/// A tiny seeded generator (SplitMix64). System.Random's seeded sequence is not promised to stay the same
/// across .NET versions; a generated program must be the same on every machine for a given seed.
/// </summary>
public sealed class SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A uniform double in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform integer in [min, max).</summary>
    public int Next(int min, int max) => min + (int)(NextUInt64() % (ulong)(max - min));

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(0, items.Count)];

    /// <summary>A heavy-tailed count ≥ 1 (Pareto with shape alpha), capped: most are small, a few are large.</summary>
    public int Pareto(double alpha, int cap) => (int)Math.Min(cap, Math.Floor(1 / Math.Pow(1 - NextDouble(), 1 / alpha)));

    /// <summary>A log-normal amount: revenue per customer varies over orders of magnitude.</summary>
    public double LogNormal(double mu, double sigma)
    {
        var u1 = 1 - NextDouble();
        var u2 = NextDouble();
        var normal = Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
        return Math.Exp(mu + (sigma * normal));
    }
}
