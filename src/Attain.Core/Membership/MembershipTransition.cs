using Attain.Core.Model;

namespace Attain.Core.Membership;

/// <summary>One step of a partner's membership: on <see cref="On"/>, <see cref="Kind"/> took the base level from <see cref="From"/> to <see cref="To"/>.</summary>
public sealed record MembershipTransition(DateOnly On, MembershipTransitionKind Kind, LevelId? From, LevelId? To);
