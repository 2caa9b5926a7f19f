using Attain.Core.Model;

namespace Attain.Core.Catalog;

/// <summary>
/// An exam with its published title and, once the program phases it out, the day it is retired (it can no longer
/// be taken from that day) and the last day a pass of it still counts (SPEC §5: MB2-709, retired 2017-12-31,
/// accepted until 2018-12-31). Both are per catalog version.
/// </summary>
public sealed record Exam(ExamCode Code, string Title, DateOnly? RetiredOn = null, DateOnly? AcceptedUntil = null)
{
    /// <summary>SPEC §5: a pass counts on D only while D ≤ acceptedUntil, where the version gives one.</summary>
    public bool IsAcceptedOn(DateOnly day) => AcceptedUntil is not { } until || day <= until;

    /// <summary>Retired from <see cref="RetiredOn"/> on (issue 13, SPEC §7): from that day nobody can take it.</summary>
    public bool IsRetiredOn(DateOnly day) => RetiredOn is { } retired && day >= retired;
}
