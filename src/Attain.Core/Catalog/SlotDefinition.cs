using Attain.Core.Model;

namespace Attain.Core.Catalog;

/// <summary>
/// A kind of exam slot: <see cref="Count"/> distinct individuals, each of whom has passed one exam of
/// every group in <see cref="Groups"/> (for example one app exam and one deployment exam).
/// </summary>
public sealed record SlotDefinition(SlotId Id, LocalizedText Name, int Count, IReadOnlyList<ExamGroupId> Groups);
