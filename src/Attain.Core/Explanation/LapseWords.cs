namespace Attain.Core.Explanation;

/// <summary>
/// A lapse in words (issue 11): <see cref="Near"/> when it falls within the at-risk window (plainly, with the days
/// left), why it lapses, the level after, the cheapest way to keep it (<see cref="KeepHeading"/> and its steps, none
/// when there is nothing to do) and the monthly revenue that holds it.
/// </summary>
public sealed record LapseWords(
    string? Near,
    IReadOnlyList<string> Causes,
    string After,
    string KeepHeading,
    IReadOnlyList<string> Keep,
    string? RevenueToHold);
