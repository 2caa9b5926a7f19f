using Attain.Core.Membership;
using Attain.Core.Model;

namespace Attain.Program.Membership;

/// <summary>One partner's membership on a day (SPEC §6): the level held and why, whether it is at risk, and the operator's reminders.</summary>
public sealed record MembershipView(PartnerId PartnerId, string Name, PartnerMembership Membership, AtRisk? AtRisk, IReadOnlyList<Reminder> Reminders);
