using Attain.Core.Membership;

namespace Attain.Program.Membership;

/// <summary>A reminder's kind as the JSON output and the API's <c>kind</c> filter spell it.</summary>
public static class ReminderNames
{
    public static IReadOnlyList<string> All { get; } = [.. Enum.GetValues<ReminderKind>().Select(Of)];

    public static string Of(ReminderKind kind) => kind switch
    {
        ReminderKind.AnniversaryAhead => "anniversaryAhead",
        ReminderKind.RenewalWindowOpen => "renewalWindowOpen",
        ReminderKind.RenewalSecondReminder => "renewalSecondReminder",
        ReminderKind.DemotionPending => "demotionPending",
        ReminderKind.OverrideExpiring => "overrideExpiring",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static bool TryParse(string name, out ReminderKind kind)
    {
        foreach (var candidate in Enum.GetValues<ReminderKind>())
        {
            if (string.Equals(Of(candidate), name, StringComparison.Ordinal))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
