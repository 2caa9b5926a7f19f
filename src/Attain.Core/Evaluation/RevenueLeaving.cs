using Attain.Core.Model;

namespace Attain.Core.Evaluation;

/// <summary>
/// The revenue that rolls out of the TTM window by the lapse date: the window's first months (<see cref="Months"/>)
/// and their total, which leaves <see cref="TtmOnLapse"/> on the lapse date, below <see cref="Threshold"/>.
/// </summary>
public sealed record RevenueLeaving(MonthRange Months, Usd Amount, Usd TtmOnLapse, Usd Threshold);
