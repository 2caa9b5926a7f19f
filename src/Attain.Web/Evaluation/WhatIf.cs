using System.Globalization;
using Attain.Core;
using Attain.Core.Catalog;
using Attain.Core.Model;

namespace Attain.Web.Evaluation;

/// <summary>
/// Adds a <see cref="WhatIfRequest"/>'s hypothetical facts to a partner's facts. Every value is checked against
/// the catalog and the partner, and every problem is reported, as for a data folder.
/// </summary>
public static class WhatIf
{
    /// <summary>A made-up customer the partner is DPOR for from the start of time: hypothetical revenue always counts.</summary>
    public static readonly CustomerId HypotheticalCustomer = new("WHAT-IF");

    private static readonly ProductCode DefaultProduct = new("crm-online");

    public static Validated<PartnerFacts> Apply(VersionedCatalog catalog, PartnerFacts facts, WhatIfRequest request, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(request);
        if ((request.ExamPasses?.Count ?? 0) + (request.Individuals?.Count ?? 0) + (request.Revenue?.Count ?? 0) == 0)
        {
            // Answering with the evaluation as it is would read as "this changes nothing" to a client that sent nothing by mistake.
            return Validated<PartnerFacts>.Invalid([new Problem("request", null, "examPasses", "Nothing to try: add at least one exam pass, individual or revenue line (the evaluation as it is: GET /api/partners/{id}/evaluation).")]);
        }

        var problems = new List<Problem>();
        var individuals = facts.Individuals.ToDictionary(individual => individual.Id);

        foreach (var (pass, index) in (request.ExamPasses ?? []).Select((pass, index) => (pass, index)))
        {
            var where = string.Create(CultureInfo.InvariantCulture, $"examPasses[{index}]");
            var exam = ExamOf(catalog, pass.Exam, where, problems);
            var passedOn = DateOf(pass.PassedOn, asOf, where, problems);
            if (pass.IndividualId is not { } id || !individuals.TryGetValue(new IndividualId(id), out var individual))
            {
                problems.Add(new Problem(where, null, "individualId", $"'{pass.IndividualId}' is not an individual of partner {facts.Partner.Id}."));
                continue;
            }

            if (exam is { } code && passedOn is { } day)
            {
                individuals[individual.Id] = individual with { Passes = [.. individual.Passes, new ExamPass(code, day)] };
            }
        }

        var added = new List<Individual>();
        foreach (var (person, index) in (request.Individuals ?? []).Select((person, index) => (person, index)))
        {
            var where = string.Create(CultureInfo.InvariantCulture, $"individuals[{index}]");
            var exams = (person.Exams ?? []).Select(exam => ExamOf(catalog, exam, where, problems)).OfType<ExamCode>().ToList();
            var id = new IndividualId(string.Create(CultureInfo.InvariantCulture, $"WHAT-IF-{index + 1}"));
            added.Add(new Individual(id, person.Name is { Length: > 0 } name ? name : id.Value, DateInterval.Always, [.. exams.Select(exam => new ExamPass(exam, asOf))]));
        }

        var revenue = new List<MonthlyRevenue>();
        foreach (var (line, index) in (request.Revenue ?? []).Select((line, index) => (line, index)))
        {
            var where = string.Create(CultureInfo.InvariantCulture, $"revenue[{index}]");
            var product = line.Product is { Length: > 0 } code ? new ProductCode(code) : DefaultProduct;
            if (!catalog.KnownProducts.ContainsKey(product))
            {
                problems.Add(new Problem(where, null, "product", $"'{product}' is not a product of the catalog."));
            }

            // Issue #9: the same limit as a data folder's amounts, so hypothetical sums cannot overflow either.
            var amountValid = Usd.IsWithinLimit(line.AmountUsd) && decimal.Round(line.AmountUsd, 2) == line.AmountUsd;
            if (!amountValid)
            {
                problems.Add(new Problem(where, null, "amountUsd", string.Create(
                    CultureInfo.InvariantCulture,
                    $"{line.AmountUsd} is not an amount of US dollars within ±{new Usd(Usd.Limit)} with at most 2 decimals.")));
            }

            if (!Month.TryParse(line.Month, out var month))
            {
                problems.Add(new Problem(where, null, "month", $"'{line.Month}' is not a month in the form YYYY-MM."));
                continue;
            }

            revenue.Add(new MonthlyRevenue(HypotheticalCustomer, product, month, new Usd(line.AmountUsd)));
        }

        if (problems.Count > 0)
        {
            return Validated<PartnerFacts>.Invalid(problems);
        }

        var dpor = revenue.Count == 0 ? facts.Dpor : [.. facts.Dpor, new DporInterval(HypotheticalCustomer, DateInterval.Always)];
        return Validated<PartnerFacts>.Valid(facts with
        {
            Individuals = [.. individuals.Values, .. added],
            Dpor = dpor,
            Revenue = [.. facts.Revenue, .. revenue],
        });
    }

    private static ExamCode? ExamOf(VersionedCatalog catalog, string? text, string where, List<Problem> problems)
    {
        if (text is { Length: > 0 } && catalog.KnownExams.ContainsKey(new ExamCode(text)))
        {
            return new ExamCode(text);
        }

        problems.Add(new Problem(where, null, "exam", $"'{text}' is not an exam of the catalog."));
        return null;
    }

    private static DateOnly? DateOf(string? text, DateOnly asOf, string where, List<Problem> problems)
    {
        if (string.IsNullOrEmpty(text))
        {
            return asOf;
        }

        if (IsoDate.TryParse(text, out var day))
        {
            return day;
        }

        problems.Add(new Problem(where, null, "passedOn", $"'{text}' is not a date in the form YYYY-MM-DD."));
        return null;
    }
}
