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
        Facts = facts;
        AsOf = asOf;
        Market = market;
        Revenue = TtmRevenue.Of(catalog, facts, asOf);
        Candidates = CandidatesOf(catalog, facts, asOf);
    }

    public CompetencyCatalog Catalog { get; }

    public PartnerFacts Facts { get; }

    public DateOnly AsOf { get; }

    public Market Market { get; }

    public TtmRevenue Revenue { get; }

    /// <summary>Individuals associated on the as-of date, ordered by id so that every run gives the same answer.</summary>
    public IReadOnlyList<Candidate> Candidates { get; }

    private static List<Candidate> CandidatesOf(CompetencyCatalog catalog, PartnerFacts facts, DateOnly asOf) =>
        facts.Individuals
            .Where(individual => individual.IsAssociatedOn(asOf))
            .OrderBy(individual => individual.Id)
            .Select(individual =>
            {
                // SPEC §2: only exams passed on or before the as-of date count.
                var exams = individual.Passes.Where(pass => pass.PassedOn <= asOf).Select(pass => pass.Exam).Distinct().OrderBy(exam => exam.Value, StringComparer.Ordinal).ToList();
                var groups = catalog.ExamGroups.Values.Where(group => exams.Exists(group.Contains)).Select(group => group.Id).ToHashSet();
                return new Candidate(individual.Id, individual.Name, individual.Association, exams, groups);
            })
            .ToList();
}
