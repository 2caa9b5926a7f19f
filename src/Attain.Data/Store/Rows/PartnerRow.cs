namespace Attain.Data.Store.Rows;

/// <summary>A partner as stored; natural key <see cref="PartnerId"/> (partners.csv).</summary>
public sealed class PartnerRow
{
    public required string PartnerId { get; set; }

    public required string Name { get; set; }

    public required string Country { get; set; }
}
