using Attain.Core.Model;
using Attain.Core.Serialization;

namespace Attain.Program.Impact;

/// <summary>A move from one level to another (null: none), as the counts per transition and the filters name it.</summary>
public sealed record Transition(LevelId? From, LevelId? To)
{
    public string FromKey => From?.Value ?? LevelNames.None;

    public string ToKey => To?.Value ?? LevelNames.None;
}
