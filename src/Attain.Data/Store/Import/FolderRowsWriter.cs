using Attain.Core.Model;
using Attain.Data.Folder;
using Attain.Data.Store.Rows;

namespace Attain.Data.Store.Import;

/// <summary>
/// The import's end of <see cref="IFolderRows"/>: each row the folder reader checks becomes a store row and goes into
/// the database at once (binary COPY or prepared inserts), table by table in foreign-key order: partners,
/// individuals, exam passes, customers (from dpor.csv), DPOR, revenue.
/// </summary>
internal sealed class FolderRowsWriter(DropTables tables) : IFolderRows, IDisposable
{
    private TableLoad<IndividualRow>? _individuals;
    private TableLoad<ExamPassRow>? _passes;
    private TableLoad<RevenueRow>? _revenue;

    public IReadOnlyList<TableCounts> Counts => tables.Counts;

    public void Partners(IReadOnlyList<Partner> partners) => tables.Write(
        StoreTables.Partners,
        [.. partners.Select(partner => new PartnerRow { PartnerId = partner.Id.Value, Name = partner.Name, Country = partner.Country.Value })]);

    public void BeginIndividuals() => _individuals = tables.Begin(StoreTables.Individuals);

    public void Individual(IndividualId id, IndividualDetails details) => Open(_individuals).Add(new IndividualRow
    {
        IndividualId = id.Value,
        PartnerId = details.Partner.Value,
        Name = details.Name,
        AssociatedFrom = details.Association.From,
        AssociatedTo = details.Association.To,
    });

    public void EndIndividuals() => End(ref _individuals);

    public void BeginPasses() => _passes = tables.Begin(StoreTables.ExamPasses);

    public void Pass(IndividualId individual, ExamPass pass) =>
        Open(_passes).Add(new ExamPassRow { IndividualId = individual.Value, Exam = pass.Exam.Value, PassedOn = pass.PassedOn });

    public void EndPasses() => End(ref _passes);

    public void Dpor(IEnumerable<CustomerId> customers, IReadOnlyList<DporEntry> intervals)
    {
        // The data folder has no customers file: a customer is known from its DPOR intervals.
        using (var load = tables.Begin(StoreTables.Customers))
        {
            foreach (var customer in customers)
            {
                load.Add(new CustomerRow { CustomerId = customer.Value });
            }

            tables.Complete(load);
        }

        using var dpor = tables.Begin(StoreTables.Dpor, intervals.Count);
        foreach (var entry in intervals)
        {
            dpor.Add(new DporRow { CustomerId = entry.Customer.Value, PartnerId = entry.Partner.Value, From = entry.From, To = entry.To });
        }

        tables.Complete(dpor);
    }

    public void BeginRevenue() => _revenue = tables.Begin(StoreTables.Revenue);

    public void Revenue(MonthlyRevenue line) => Open(_revenue).Add(new RevenueRow
    {
        CustomerId = line.Customer.Value,
        Month = line.Month.FirstDay,
        Product = line.Product.Value,
        AmountUsd = line.Amount.Amount,
    });

    public void EndRevenue() => End(ref _revenue);

    public void Dispose()
    {
        _individuals?.Dispose();
        _passes?.Dispose();
        _revenue?.Dispose();
    }

    private static TableLoad<TRow> Open<TRow>(TableLoad<TRow>? load) =>
        load ?? throw new InvalidOperationException("A row came before its table was begun.");

    private void End<TRow>(ref TableLoad<TRow>? load)
    {
        using var ending = Open(load);
        load = null;
        tables.Complete(ending);
    }
}
