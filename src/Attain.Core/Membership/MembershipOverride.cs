using Attain.Core.Model;

namespace Attain.Core.Membership;

/// <summary>
/// A level granted by the operator over [<see cref="From"/>, <see cref="Until"/>): while it lasts the partner holds
/// at least <see cref="Level"/>. <see cref="Sequence"/> is the granting decision (an override or a deferral).
/// </summary>
public sealed record MembershipOverride(long Sequence, LevelId Level, DateOnly From, DateOnly Until, string By, string Reason, bool Deferral)
{
    public bool IsActiveOn(DateOnly day) => From <= day && day < Until;
}
