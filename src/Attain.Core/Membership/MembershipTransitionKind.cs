namespace Attain.Core.Membership;

/// <summary>What changed the level a partner holds, or its dates (SPEC §6).</summary>
public enum MembershipTransitionKind
{
    /// <summary>An evaluation qualified for a level above the one held.</summary>
    Attained,

    /// <summary>An evaluation in the renewal window qualified for the held level: the anniversary moves a year on.</summary>
    Renewed,

    /// <summary>The renewal window closed without a renewal: a demotion is pending.</summary>
    Lapsed,

    /// <summary>While a demotion was pending, an evaluation qualified for the held level again.</summary>
    Reattained,

    /// <summary>The operator approved the pending demotion.</summary>
    Demoted,

    /// <summary>The operator deferred the pending demotion (an override of the held level).</summary>
    Deferred,

    /// <summary>The operator granted an override.</summary>
    OverrideGranted,

    /// <summary>The operator revoked an override.</summary>
    OverrideRevoked,
}
