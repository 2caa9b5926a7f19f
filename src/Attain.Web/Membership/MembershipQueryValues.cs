using Attain.Core.Membership;
using Attain.Program.Membership;
using Attain.Web.Partners;

namespace Attain.Web.Membership;

/// <summary>
/// Reads a membership list's query values (level, market, kind, page, pageSize) into a <see cref="MembershipQuery"/>, or
/// the first bad one as an error naming it. Level, market and paging are read as the partner list reads them.
/// </summary>
public static class MembershipQueryValues
{
    public static bool TryParse(
        IReadOnlyCollection<string> levels, string? level, string? market, string? kind, string? page, string? pageSize, out MembershipQuery query, out string? error)
    {
        query = new MembershipQuery();
        if (!PartnerQueryValues.TryParse(levels, level, market, atRisk: null, search: null, sort: null, page, pageSize, out var partners, out error))
        {
            return false;
        }

        ReminderKind? parsedKind = null;
        if (kind is { Length: > 0 })
        {
            if (!ReminderNames.TryParse(kind, out var known))
            {
                error = $"kind: '{kind}' is not one of {string.Join(", ", ReminderNames.All)}.";
                return false;
            }

            parsedKind = known;
        }

        query = new MembershipQuery(partners.Level, partners.Market, parsedKind, partners.Page, partners.PageSize);
        return true;
    }
}
