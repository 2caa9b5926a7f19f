using Attain.Core.Model;

namespace Attain.Core.Evaluation;

/// <summary>One customer's part of the TTM figure (issue 11): its revenue that counts for the partner, month by month of the window.</summary>
public sealed record CustomerRevenue(CustomerId Customer, IReadOnlyList<MonthlyFigure> Months, Usd Total);
