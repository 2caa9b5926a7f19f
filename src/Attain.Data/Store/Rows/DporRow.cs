namespace Attain.Data.Store.Rows;

/// <summary>A DPOR interval as stored; natural key (<see cref="CustomerId"/>, <see cref="From"/>) (dpor.csv).</summary>
public sealed class DporRow
{
    public required string CustomerId { get; set; }

    public DateOnly From { get; set; }

    public required string PartnerId { get; set; }

    /// <summary>Exclusive; null while the interval is open (SPEC §2).</summary>
    public DateOnly? To { get; set; }
}
