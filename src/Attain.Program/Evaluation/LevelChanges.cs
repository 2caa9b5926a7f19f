namespace Attain.Program.Evaluation;

/// <summary>The partners whose level an evaluation changed: the first of them (by partner id) and how many in all.</summary>
public sealed record LevelChanges(IReadOnlyList<PartnerLevelChange> First, long Total);
