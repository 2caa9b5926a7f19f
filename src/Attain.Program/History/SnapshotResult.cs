using Attain.Core.Evaluation;

namespace Attain.Program.History;

/// <summary>
/// The part of a stored evaluation that history compares, read back as the engine's own records (each level's
/// requirement outcomes with their figures) rather than JSON elements picked by name. <see cref="CatalogVersion"/> is the
/// effectiveFrom of the dated version it was evaluated under (SPEC §5), absent from snapshots stored before versions.
/// </summary>
public sealed record SnapshotResult(IReadOnlyList<LevelOutcome> Levels, string? CatalogVersion = null);
