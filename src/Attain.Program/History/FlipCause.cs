namespace Attain.Program.History;

/// <summary>What made a partner's requirements flip between two snapshots (issue 13).</summary>
public enum FlipCause
{
    None,

    /// <summary>The partner's inputs changed; the rules did not.</summary>
    Data,

    /// <summary>The rules changed (another dated version in force, or another catalog file); the partner's inputs did not.</summary>
    Rules,

    RulesAndData,

    /// <summary>Neither changed: only the as-of date moved (the TTM window, a departure, an exam's acceptance ending).</summary>
    Date,
}
