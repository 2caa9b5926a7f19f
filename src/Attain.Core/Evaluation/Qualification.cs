using Attain.Core.Model;

namespace Attain.Core.Evaluation;

/// <summary>
/// The levels alone: which level a partner qualifies for and every requirement's outcome, without the plan or the
/// lapse forecast. Comparing two rule sets (catalog impact) needs no more, and skipping them halves its work.
/// </summary>
public sealed record Qualification(PartnerId PartnerId, string PartnerName, Market Market, LevelId? Level, IReadOnlyList<LevelOutcome> Levels);
