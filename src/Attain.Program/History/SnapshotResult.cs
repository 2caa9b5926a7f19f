using Attain.Core.Evaluation;

namespace Attain.Program.History;

/// <summary>
/// The part of a stored evaluation that history compares, read back as the engine's own records (each level's
/// requirement outcomes with their figures) rather than JSON elements picked by name.
/// </summary>
public sealed record SnapshotResult(IReadOnlyList<LevelOutcome> Levels);
