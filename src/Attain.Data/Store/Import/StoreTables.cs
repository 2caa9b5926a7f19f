using System.Collections.Immutable;
using Attain.Data.Store.Rows;

namespace Attain.Data.Store.Import;

/// <summary>The tables an import writes, in foreign-key order, with their natural keys (SPEC §3 files).</summary>
public static class StoreTables
{
    /// <summary>The tables' names in foreign-key order: how an import reports what it did.</summary>
    public static readonly ImmutableArray<string> Order = ["partners", "customers", "individuals", "exam_passes", "dpor", "revenue"];

    public static readonly StagedTable<PartnerRow> Partners = new(
        "partners",
        [new("partner_id", ColumnKind.Text, true), new("name", ColumnKind.Text, false), new("country", ColumnKind.Text, false)],
        row => [row.PartnerId, row.Name, row.Country]);

    public static readonly StagedTable<CustomerRow> Customers = new(
        "customers",
        [new("customer_id", ColumnKind.Text, true)],
        row => [row.CustomerId]);

    public static readonly StagedTable<IndividualRow> Individuals = new(
        "individuals",
        [
            new("individual_id", ColumnKind.Text, true), new("partner_id", ColumnKind.Text, false), new("name", ColumnKind.Text, false),
            new("associated_from", ColumnKind.NullableDate, false), new("associated_to", ColumnKind.NullableDate, false),
        ],
        row => [row.IndividualId, row.PartnerId, row.Name, row.AssociatedFrom, row.AssociatedTo]);

    public static readonly StagedTable<ExamPassRow> ExamPasses = new(
        "exam_passes",
        [new("individual_id", ColumnKind.Text, true), new("exam", ColumnKind.Text, true), new("passed_on", ColumnKind.Date, true)],
        row => [row.IndividualId, row.Exam, row.PassedOn]);

    public static readonly StagedTable<DporRow> Dpor = new(
        "dpor",
        [
            new("customer_id", ColumnKind.Text, true), new("from_date", ColumnKind.Date, true),
            new("partner_id", ColumnKind.Text, false), new("to_date", ColumnKind.NullableDate, false),
        ],
        row => [row.CustomerId, row.From, row.PartnerId, row.To]);

    public static readonly StagedTable<RevenueRow> Revenue = new(
        "revenue",
        [
            new("customer_id", ColumnKind.Text, true), new("month", ColumnKind.Date, true), new("product", ColumnKind.Text, true),
            new("amount_usd", ColumnKind.Money, false),
        ],
        row => [row.CustomerId, row.Month, row.Product, row.AmountUsd]);
}
