using System.Data.Common;
using Attain.Core.Model;

namespace Attain.Data.Store.Evaluation;

/// <summary>
/// Builds one partner's facts from the rows of the partner-ordered streams that belong to it, partner after partner
/// (see <see cref="ProgramFactsReader"/>). Product codes are shared, and a customer id is made once per customer.
/// </summary>
internal sealed class FactsMerge(OrderedRows individuals, OrderedRows dpor, OrderedRows revenue)
{
    private readonly Dictionary<string, ProductCode> _products = new(StringComparer.Ordinal);

    public async Task<PartnerFacts> FactsOfAsync(Partner partner, CancellationToken cancellationToken)
    {
        var id = partner.Id.Value;
        return new PartnerFacts(
            partner,
            await IndividualsOfAsync(id, cancellationToken),
            await DporOfAsync(id, cancellationToken),
            await RevenueOfAsync(id, cancellationToken));
    }

    // Rows: partner_id, individual_id, name, associated_from, associated_to, exam?, passed_on? — an individual's rows
    // are adjacent (ordered by individual within the partner), one per pass, or one with no pass.
    private async Task<IReadOnlyList<Individual>> IndividualsOfAsync(string partner, CancellationToken cancellationToken)
    {
        if (!individuals.IsOf(partner))
        {
            return [];
        }

        var people = new List<Individual>();
        while (individuals.IsOf(partner))
        {
            var row = individuals.Row;
            var id = row.GetString(1);
            var name = row.GetString(2);
            var association = new DateInterval(DateOrNull(row, 3), DateOrNull(row, 4));
            var passes = new List<ExamPass>();
            while (individuals.IsOf(partner) && string.Equals(individuals.Row.GetString(1), id, StringComparison.Ordinal))
            {
                if (!individuals.Row.IsDBNull(5))
                {
                    passes.Add(new ExamPass(new ExamCode(individuals.Row.GetString(5)), individuals.Row.GetFieldValue<DateOnly>(6)));
                }

                await individuals.NextAsync(cancellationToken);
            }

            people.Add(new Individual(new IndividualId(id), name, association, passes));
        }

        return people;
    }

    // Rows: partner_id, customer_id, from_date, to_date.
    private async Task<IReadOnlyList<DporInterval>> DporOfAsync(string partner, CancellationToken cancellationToken)
    {
        if (!dpor.IsOf(partner))
        {
            return [];
        }

        var intervals = new List<DporInterval>();
        while (dpor.IsOf(partner))
        {
            var row = dpor.Row;
            intervals.Add(new DporInterval(new CustomerId(row.GetString(1)), new DateInterval(row.GetFieldValue<DateOnly>(2), DateOrNull(row, 3))));
            await dpor.NextAsync(cancellationToken);
        }

        return intervals;
    }

    // Rows: partner_id, customer_id, from_date, month, product, amount_usd; a customer's rows are adjacent, its first
    // interval's before the next. Every month of the customer counts once, as StoredFacts gives it, however many
    // intervals the partner had with the customer (a customer handed back and forth).
    private async Task<IReadOnlyList<MonthlyRevenue>> RevenueOfAsync(string partner, CancellationToken cancellationToken)
    {
        if (!revenue.IsOf(partner))
        {
            return [];
        }

        var lines = new List<MonthlyRevenue>();
        CustomerId? customer = null;
        var keptFrom = DateOnly.MinValue;
        while (revenue.IsOf(partner))
        {
            var row = revenue.Row;
            var customerText = row.GetString(1);
            var from = row.GetFieldValue<DateOnly>(2);
            if (customer is null || !string.Equals(customer.Value.Value, customerText, StringComparison.Ordinal))
            {
                customer = new CustomerId(customerText);
                keptFrom = from;
            }

            if (from == keptFrom)
            {
                var productText = row.GetString(4);
                if (!_products.TryGetValue(productText, out var product))
                {
                    _products[productText] = product = new ProductCode(productText);
                }

                lines.Add(new MonthlyRevenue(customer.Value, product, Month.Of(row.GetFieldValue<DateOnly>(3)), new Usd(row.GetDecimal(5))));
            }

            await revenue.NextAsync(cancellationToken);
        }

        return lines;
    }

    private static DateOnly? DateOrNull(DbDataReader reader, int column) =>
        reader.IsDBNull(column) ? null : reader.GetFieldValue<DateOnly>(column);
}
