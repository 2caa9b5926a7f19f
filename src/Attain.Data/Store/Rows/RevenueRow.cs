namespace Attain.Data.Store.Rows;

/// <summary>One customer's net new revenue for one product in one month; natural key (customer, month, product).</summary>
public sealed class RevenueRow
{
    public required string CustomerId { get; set; }

    /// <summary>The first day of the month: a date keeps months ordered and comparable in both databases.</summary>
    public DateOnly Month { get; set; }

    public required string Product { get; set; }

    public decimal AmountUsd { get; set; }
}
