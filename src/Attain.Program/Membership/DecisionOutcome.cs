using Attain.Core.Membership;

namespace Attain.Program.Membership;

/// <summary>What recording a decision did: the decision appended and the membership it gives, or why it was refused (nothing written).</summary>
public sealed record DecisionOutcome(OperatorDecision? Decision, MembershipView? Membership, DecisionRefusal? Refusal, bool UnknownPartner = false);
