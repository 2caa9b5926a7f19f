using Attain.Core.Model;

namespace Attain.Core.Tests.PropertyBased;

/// <summary>
/// SPEC §1–2 and §5 restated the slow, obvious way, with the figures as literals and no code shared with the engine:
/// the oracle the properties compare the engine with. Brute force is fine at the sizes generated.
/// </summary>
public static class ReferenceRules
{
    public static readonly string[] Levels = ["silver", "gold"];

    private static readonly Dictionary<string, string[]> Groups = new()
    {
        ["app"] = ["MB2-714", "MB2-713", "MB2-709"],
        ["deployment"] = ["MB2-710", "MB2-706"],
        ["customization"] = ["MB2-712", "MB2-707"],
    };

    private static readonly string[] AppDeployment = ["app", "deployment"];
    private static readonly string[] Customization = ["customization"];

    private static readonly string[] QualifyingProducts = ["crm-online", "d365-plan1"];

    // SPEC §5: from the 2017-12-15 version on, a pass of MB2-709 counts only until 2018-12-31. (The exams that version
    // adds are never generated, so that is the only difference between the versions the properties can see.)
    private static readonly DateOnly Mb2709AcceptedUntil = new(2018, 12, 31);

    /// <summary>One entry per individual the level needs, with the groups that individual must cover.</summary>
    public static string[][] Seats(string level) => level switch
    {
        "silver" => [AppDeployment, Customization],
        "gold" => [AppDeployment, AppDeployment, Customization, Customization],
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    /// <summary>The developing-market countries among those the generators use (RandomPartners.Countries), from the catalog's table.</summary>
    private static readonly HashSet<string> Developing = new(StringComparer.Ordinal) { "IN", "BR", "VN" };

    public static decimal Threshold(string level, string country) => (level, Developing.Contains(country)) switch
    {
        ("silver", false) => 100_000m,
        ("silver", true) => 50_000m,
        ("gold", false) => 300_000m,
        ("gold", true) => 150_000m,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    public static bool IsAssociatedOn(Individual individual, DateOnly day) =>
        (individual.Association.From is not { } from || from <= day) && (individual.Association.To is not { } to || day < to);

    /// <summary>The exam groups an individual covers with the exams passed on or before the day.</summary>
    public static HashSet<string> GroupsOf(Individual individual, DateOnly day) => GroupsOf(individual, day, day);

    /// <summary>The exam groups covered on <paramref name="countedOn"/> by the exams passed on or before <paramref name="passedBy"/>.</summary>
    public static HashSet<string> GroupsOf(Individual individual, DateOnly passedBy, DateOnly countedOn) =>
        [.. Groups.Where(group => individual.Passes.Any(pass => pass.PassedOn <= passedBy && group.Value.Contains(pass.Exam.Value)
            && (pass.Exam.Value != "MB2-709" || countedOn <= Mb2709AcceptedUntil))).Select(group => group.Key)];

    /// <summary>The individuals who count on the day, with their groups.</summary>
    public static List<(Individual Individual, HashSet<string> Groups)> People(PartnerFacts facts, DateOnly day) =>
        [.. facts.Individuals.Where(individual => IsAssociatedOn(individual, day)).Select(individual => (individual, GroupsOf(individual, day)))];

    /// <summary>Issue 11: the people a plan may count on, those who count on the day and have no recorded departure.</summary>
    public static List<(Individual Individual, HashSet<string> Groups)> StayingPeople(PartnerFacts facts, DateOnly day) =>
        [.. People(facts, day).Where(person => person.Individual.Association.To is null)];

    /// <summary>The most seats distinct people can fill: every way of giving each seat a person or nobody.</summary>
    public static int MostSeatsFilled(string[][] seats, IReadOnlyList<HashSet<string>> people)
    {
        int Fill(int seat, bool[] used)
        {
            if (seat == seats.Length)
            {
                return 0;
            }

            var best = Fill(seat + 1, used);
            for (var person = 0; person < people.Count; person++)
            {
                if (!used[person] && seats[seat].All(people[person].Contains))
                {
                    used[person] = true;
                    best = Math.Max(best, 1 + Fill(seat + 1, used));
                    used[person] = false;
                }
            }

            return best;
        }

        return Fill(0, new bool[people.Count]);
    }

    /// <summary>
    /// The fewest additional passes that fill every seat, then the fewest new people: every way of giving each
    /// seat a distinct current individual (who passes what they miss) or a new person (who passes it all).
    /// </summary>
    public static (int Passes, int Newcomers) CheapestPlan(string[][] seats, IReadOnlyList<HashSet<string>> people)
    {
        (int, int) Plan(int seat, bool[] used)
        {
            if (seat == seats.Length)
            {
                return (0, 0);
            }

            var (passes, newcomers) = Plan(seat + 1, used);
            var best = (passes + seats[seat].Length, newcomers + 1);
            for (var person = 0; person < people.Count; person++)
            {
                if (!used[person])
                {
                    used[person] = true;
                    var rest = Plan(seat + 1, used);
                    var option = (rest.Item1 + seats[seat].Count(group => !people[person].Contains(group)), rest.Item2);
                    best = option.CompareTo(best) < 0 ? option : best;
                    used[person] = false;
                }
            }

            return best;
        }

        return Plan(0, new bool[people.Count]);
    }

    /// <summary>The twelve month-starts of the window: the 12 whole months before the as-of month.</summary>
    public static DateOnly[] WindowMonths(DateOnly asOf)
    {
        var asOfMonth = new DateOnly(asOf.Year, asOf.Month, 1);
        return [.. Enumerable.Range(1, 12).Select(back => asOfMonth.AddMonths(-back)).Reverse()];
    }

    /// <summary>Whether a revenue line counts in its month: qualifying product and a DPOR interval overlapping the month.</summary>
    public static bool Counts(PartnerFacts facts, MonthlyRevenue line)
    {
        var monthStart = new DateOnly(line.Month.Year, line.Month.Number, 1);
        var nextMonthStart = monthStart.AddMonths(1);
        return QualifyingProducts.Contains(line.Product.Value)
            && facts.Dpor.Any(interval => interval.Customer == line.Customer
                && (interval.Period.From is not { } from || from < nextMonthStart)
                && (interval.Period.To is not { } to || to > monthStart));
    }

    public static decimal RevenueIn(PartnerFacts facts, DateOnly monthStart) =>
        facts.Revenue
            .Where(line => line.Month.Year == monthStart.Year && line.Month.Number == monthStart.Month && Counts(facts, line))
            .Sum(line => line.Amount.Amount);

    public static decimal Ttm(PartnerFacts facts, DateOnly asOf) => WindowMonths(asOf).Sum(month => RevenueIn(facts, month));

    public static bool ExamsMet(string level, PartnerFacts facts, DateOnly asOf)
    {
        var seats = Seats(level);
        return MostSeatsFilled(seats, [.. People(facts, asOf).Select(person => person.Groups)]) == seats.Length;
    }

    /// <summary>The highest level whose revenue and exams are both met, or "none".</summary>
    public static string LevelHeld(PartnerFacts facts, DateOnly asOf) =>
        Levels.LastOrDefault(level => Ttm(facts, asOf) >= Threshold(level, facts.Partner.Country.Value) && ExamsMet(level, facts, asOf)) ?? "none";

    /// <summary>
    /// The first month-start after the as-of date on which the TTM figure, counting no revenue from the
    /// as-of month on, is below the threshold (within 13 months every month known today has left the window).
    /// </summary>
    public static DateOnly? RevenueLapse(PartnerFacts facts, DateOnly asOf, decimal threshold)
    {
        var asOfMonth = new DateOnly(asOf.Year, asOf.Month, 1);
        for (var ahead = 1; ahead <= 13; ahead++)
        {
            var day = asOfMonth.AddMonths(ahead);
            var known = WindowMonths(day).Where(month => month < asOfMonth).Sum(month => RevenueIn(facts, month));
            if (known < threshold)
            {
                return day;
            }
        }

        return null;
    }

    /// <summary>
    /// Day by day after the as-of date: the first day on which the individuals counting today who are still
    /// associated, with the exams they have today that are still accepted that day, no longer fill every seat;
    /// null if that never happens.
    /// </summary>
    public static DateOnly? ExamLapse(string level, PartnerFacts facts, DateOnly asOf)
    {
        var seats = Seats(level);
        var people = People(facts, asOf);
        var lastChange = people.Select(person => person.Individual.Association.To).OfType<DateOnly>().Append(Mb2709AcceptedUntil.AddDays(1)).Max();
        var verdictByWhoIsLeft = new Dictionary<string, bool>();
        for (var day = asOf.AddDays(1); day <= lastChange; day = day.AddDays(1))
        {
            var left = people.Where(person => IsAssociatedOn(person.Individual, day)).ToList();
            var key = string.Join(",", left.Select(person => person.Individual.Id.Value)) + (day <= Mb2709AcceptedUntil ? "" : "+after-MB2-709");
            if (!verdictByWhoIsLeft.TryGetValue(key, out var met))
            {
                met = MostSeatsFilled(seats, [.. left.Select(person => GroupsOf(person.Individual, asOf, day))]) == seats.Length;
                verdictByWhoIsLeft[key] = met;
            }

            if (!met)
            {
                return day;
            }
        }

        return null;
    }
}
