using Attain.Core.Model;

namespace Attain.Core.Evaluation;

/// <summary>
/// When the held level would be lost if nothing new happened: <see cref="On"/> is the earliest date, caused by
/// <see cref="RequirementId"/>. SPEC §2 defines the lapse by revenue (the first month-start on which the TTM
/// figure falls below the threshold); an individual already due to leave can end an exam requirement sooner,
/// so each requirement's own date is kept in <see cref="Requirements"/> — the revenue date among them.
/// </summary>
public sealed record Lapse(LevelId Level, DateOnly On, string RequirementId, IReadOnlyList<RequirementLapse> Requirements);
