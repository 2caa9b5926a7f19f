using Attain.Core.Catalog;
using Attain.Core.Model;

namespace Attain.Core.Evaluation;

/// <summary>
/// What every requirement of every level reads, computed once per partner and as-of date: the market,
/// the TTM revenue and the individuals who count with the exam groups they cover.
/// </summary>
public sealed class EvaluationContext
{
    public EvaluationContext(CompetencyCatalog catalog, PartnerFacts facts, DateOnly asOf)
    {
        if (!catalog.Markets.TryGetMarket(facts.Partner.Country, out var market))
        {
            throw new ArgumentException($"Partner {facts.Partner.Id}: country {facts.Partner.Country} is not in the market table.", nameof(facts));
        }

        Catalog = catalog;
        Index = CatalogIndex.Of(catalog);
        Facts = facts;
        AsOf = asOf;
        Market = market;
        Revenue = TtmRevenue.Of(Index, facts, asOf);
        Candidates = CandidatesOf(Index, facts, asOf);
    }

    public CompetencyCatalog Catalog { get; }

    public PartnerFacts Facts { get; }

    public DateOnly AsOf { get; }

    public Market Market { get; }

    public TtmRevenue Revenue { get; }

    /// <summary>Individuals associated on the as-of date, ordered by id so that every run gives the same answer.</summary>
    public IReadOnlyList<Candidate> Candidates { get; }

    internal CatalogIndex Index { get; }

    // Plain loops rather than LINQ: this runs once per partner, millions of times in a program-wide run.
    private static Candidate[] CandidatesOf(CatalogIndex index, PartnerFacts facts, DateOnly asOf)
    {
        var candidates = new List<Candidate>(facts.Individuals.Count);
        foreach (var individual in facts.Individuals)
        {
            if (!individual.IsAssociatedOn(asOf))
            {
                continue;
            }

            // SPEC §2: only exams passed on or before the as-of date count; SPEC §5: only exams of this version's
            // groups, while accepted. Every pass is kept in Exams, for people to see; the groups are what counts.
            var exams = new List<ExamCode>(individual.Passes.Count);
            var mask = 0;
            foreach (var pass in individual.Passes)
            {
                if (pass.PassedOn <= asOf && !exams.Contains(pass.Exam))
                {
                    exams.Add(pass.Exam);
                    mask |= index.GroupsOn(pass.Exam, asOf);
                }
            }

            exams.Sort(static (left, right) => string.CompareOrdinal(left.Value, right.Value));
            candidates.Add(new Candidate(individual.Id, individual.Name, individual.Association, exams, index.SetOf(mask)) { GroupMask = mask });
        }

        var ordered = candidates.ToArray();
        Array.Sort(ordered, static (left, right) => left.Id.CompareTo(right.Id));
        return ordered;
    }
}
