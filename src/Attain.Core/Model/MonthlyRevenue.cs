namespace Attain.Core.Model;

/// <summary>Net new revenue of one customer for one product in one month; negative for a reduction.</summary>
public sealed record MonthlyRevenue(CustomerId Customer, ProductCode Product, Month Month, Usd Amount);
