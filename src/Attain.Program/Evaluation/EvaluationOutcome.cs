namespace Attain.Program.Evaluation;

/// <summary>What evaluating the program did: as of which date, with which catalog version, how many partners, how many new snapshots.</summary>
public sealed record EvaluationOutcome(DateOnly AsOf, int CatalogVersion, long Partners, long SnapshotsRecorded, long? RunId);
