namespace Attain.Data.Store.Rows;

/// <summary>An individual as stored; natural key <see cref="IndividualId"/> (individuals.csv).</summary>
public sealed class IndividualRow
{
    public required string IndividualId { get; set; }

    public required string PartnerId { get; set; }

    public required string Name { get; set; }

    public DateOnly? AssociatedFrom { get; set; }

    /// <summary>Exclusive, like every interval end (SPEC §2).</summary>
    public DateOnly? AssociatedTo { get; set; }
}
