using Attain.Core.Model;

namespace Attain.Core.Evaluation;

/// <summary>The revenue counted for one month of the TTM window.</summary>
public sealed record MonthlyFigure(Month Month, Usd Amount);
