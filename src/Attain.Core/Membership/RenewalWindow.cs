namespace Attain.Core.Membership;

/// <summary>The days on which an evaluation can renew a held level: [anniversary, anniversary + 30 days], both included (SPEC §6).</summary>
public readonly record struct RenewalWindow(DateOnly Opens, DateOnly Closes)
{
    public const int Days = 30;

    public static RenewalWindow For(DateOnly anniversary) => new(anniversary, anniversary.AddDays(Days));

    public bool Contains(DateOnly day) => Opens <= day && day <= Closes;
}
