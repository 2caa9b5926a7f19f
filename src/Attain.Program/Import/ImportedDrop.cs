namespace Attain.Program.Import;

/// <summary>A drop the store took: its record's id, the name people know it by, and when it was imported (UTC).</summary>
public sealed record ImportedDrop(long Id, string Name, DateTime ImportedAtUtc);
