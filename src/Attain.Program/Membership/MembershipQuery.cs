using Attain.Core.Membership;
using Attain.Core.Model;

namespace Attain.Program.Membership;

/// <summary>A page of a membership list, filtered by held level (an id or "none"), market and, for reminders, kind.</summary>
public sealed record MembershipQuery(string? Level = null, Market? Market = null, ReminderKind? Kind = null, int Page = 1, int PageSize = 50);
