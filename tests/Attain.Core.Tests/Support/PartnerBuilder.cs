using Attain.Core.Evaluation;
using Attain.Core.Model;

namespace Attain.Core.Tests.Support;

/// <summary>
/// Builds <see cref="PartnerFacts"/> the way the seed's table reads: a country, customers the partner is DPOR
/// for, their monthly revenue, and the individuals with the exams they passed.
/// </summary>
public sealed class PartnerBuilder(string id)
{
    /// <summary>A customer the partner is DPOR for at every moment, for scenarios about something else.</summary>
    public const string DporCustomer = "C-DPOR";

    public const string CrmOnline = "crm-online";

    private readonly List<Individual> _individuals = [];
    private readonly List<DporInterval> _dpor = [];
    private readonly List<MonthlyRevenue> _revenue = [];
    private string _country = "US";

    public PartnerBuilder In(string country)
    {
        _country = country;
        return this;
    }

    /// <summary>The partner is DPOR for the customer over [from, to); either end open when null.</summary>
    public PartnerBuilder DporFor(string customer, string? from = null, string? to = null)
    {
        _dpor.Add(new DporInterval(new CustomerId(customer), new DateInterval(Day.OfOptional(from), Day.OfOptional(to))));
        return this;
    }

    public PartnerBuilder WithRevenue(string customer, string month, decimal amount, string product = CrmOnline)
    {
        _revenue.Add(new MonthlyRevenue(new CustomerId(customer), new ProductCode(product), Day.Month(month), new Usd(amount)));
        return this;
    }

    /// <summary>CRM Online revenue from a customer the partner is always DPOR for: revenue that counts.</summary>
    public PartnerBuilder WithQualifyingRevenue(string month, decimal amount)
    {
        if (!_dpor.Exists(interval => interval.Customer.Value == DporCustomer))
        {
            DporFor(DporCustomer);
        }

        return WithRevenue(DporCustomer, month, amount);
    }

    public PartnerBuilder WithIndividual(IndividualBuilder individual)
    {
        _individuals.Add(individual.Build());
        return this;
    }

    /// <summary>An individual associated throughout, who passed the exams long ago.</summary>
    public PartnerBuilder WithIndividual(string individual, params string[] exams) =>
        WithIndividual(A.Individual(individual).Passed(exams));

    /// <summary>Silver's people (SPEC §1): one app + deployment individual and one customization individual.</summary>
    public PartnerBuilder WithSilverTeam() =>
        WithIndividual("ad-1", "MB2-714", "MB2-710").WithIndividual("cu-1", "MB2-712");

    /// <summary>Gold's people (SPEC §1): two app + deployment individuals and two customization individuals.</summary>
    public PartnerBuilder WithGoldTeam() =>
        WithSilverTeam().WithIndividual("ad-2", "MB2-713", "MB2-706").WithIndividual("cu-2", "MB2-707");

    public PartnerFacts Build() =>
        new(new Partner(new PartnerId(id), id, new CountryCode(_country)), [.. _individuals], [.. _dpor], [.. _revenue]);

    public PartnerEvaluation EvaluatedOn(string asOf) =>
        CompetencyEvaluator.Evaluate(ShippedCatalog.Instance, Build(), Day.Of(asOf));
}
