using Attain.Core.Model;

namespace Attain.Program.Summary;

/// <summary>A held level that would lapse soon: which partner, which level, on which day, and which requirement ends it.</summary>
public sealed record UpcomingLapse(PartnerId PartnerId, string Name, string Level, DateOnly On, string RequirementId);
