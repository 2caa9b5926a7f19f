using Attain.Core.Catalog.Requirements;
using Attain.Core.Model;

namespace Attain.Core.Catalog;

/// <summary>A level of the competency; a partner holds it when every one of its requirements is met.</summary>
public sealed record LevelDefinition(LevelId Id, LocalizedText Name, IReadOnlyList<Requirement> Requirements);
