using Attain.Core.Model;

namespace Attain.Core.Planning;

/// <summary>
/// The net new revenue needed each month, from <see cref="From"/> through <see cref="Through"/>, for the TTM figure to
/// stay at or above <see cref="Threshold"/> on every first of the month in that year (issue 11): the same amount every
/// month, the least that holds the level throughout, rounded up to the cent.
/// </summary>
public sealed record RevenueToHold(Usd Threshold, Usd PerMonth, Month From, Month Through);
