namespace Attain.Program.Impact;

/// <summary>How many partners make one transition ("Gold → Silver: 12", SPEC §5).</summary>
public sealed record TransitionCount(Transition Transition, int Partners);
