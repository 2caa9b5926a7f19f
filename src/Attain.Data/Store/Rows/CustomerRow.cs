namespace Attain.Data.Store.Rows;

/// <summary>
/// A customer, known from its DPOR intervals (the data folder has no customers file). A table of its own
/// so that revenue and DPOR rows can both reference a customer by foreign key.
/// </summary>
public sealed class CustomerRow
{
    public required string CustomerId { get; set; }
}
