using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Attain.Core.Model;

namespace Attain.Data.Store.Evaluation;

/// <summary>
/// A digest of everything the engine was given about one partner, in a canonical order and form, so that
/// the same facts give the same digest whichever store or folder they came from, and any change gives another.
/// It runs for every partner of every evaluation run, so it sorts arrays and formats straight into one builder
/// (no LINQ, no string per field); the text it hashes is unchanged, so stored digests stay valid.
/// </summary>
public static class FactsDigest
{
    // Unit separators cannot occur in CSV fields Attain accepts, so fields never run into each other.
    private const char FieldEnd = '\u001f';
    private const char LineEnd = '\u001e';

    public static string Of(PartnerFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var text = new StringBuilder(256 + (64 * facts.Revenue.Count));
        var partner = facts.Partner;
        Start(text, "partner").Append(partner.Id.Value).Append(FieldEnd).Append(partner.Name).Append(FieldEnd).Append(partner.Country.Value).Append(LineEnd);

        var individuals = facts.Individuals.ToArray();
        Array.Sort(individuals, static (left, right) => left.Id.CompareTo(right.Id));
        foreach (var individual in individuals)
        {
            Start(text, "individual").Append(individual.Id.Value).Append(FieldEnd).Append(individual.Name).Append(FieldEnd);
            Date(text, individual.Association.From).Append(FieldEnd);
            Date(text, individual.Association.To).Append(LineEnd);

            var passes = individual.Passes.ToArray();
            Array.Sort(passes, static (left, right) => left.Exam.CompareTo(right.Exam) is var byExam and not 0 ? byExam : left.PassedOn.CompareTo(right.PassedOn));
            foreach (var pass in passes)
            {
                Start(text, "pass").Append(pass.Exam.Value).Append(FieldEnd);
                Date(text, pass.PassedOn).Append(LineEnd);
            }
        }

        var dpor = facts.Dpor.ToArray();
        Array.Sort(dpor, static (left, right) => left.Customer.CompareTo(right.Customer) is var byCustomer and not 0
            ? byCustomer
            : Nullable.Compare(left.Period.From, right.Period.From));
        foreach (var interval in dpor)
        {
            Start(text, "dpor").Append(interval.Customer.Value).Append(FieldEnd);
            Date(text, interval.Period.From).Append(FieldEnd);
            Date(text, interval.Period.To).Append(LineEnd);
        }

        var revenue = facts.Revenue.ToArray();
        Array.Sort(revenue, static (left, right) =>
            left.Customer.CompareTo(right.Customer) is var byCustomer and not 0 ? byCustomer
            : left.Month.CompareTo(right.Month) is var byMonth and not 0 ? byMonth
            : left.Product.CompareTo(right.Product));
        foreach (var line in revenue)
        {
            // The forms of Month.ToString() ("yyyy-MM") and Usd.ToString() ("0.00"), written in place.
            Start(text, "revenue").Append(line.Customer.Value).Append(FieldEnd)
                .Append(CultureInfo.InvariantCulture, $"{line.Month.Year:D4}-{line.Month.Number:D2}").Append(FieldEnd)
                .Append(line.Product.Value).Append(FieldEnd)
                .Append(CultureInfo.InvariantCulture, $"{line.Amount.Amount:0.00}").Append(LineEnd);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static StringBuilder Start(StringBuilder text, string kind) => text.Append(kind).Append(FieldEnd);

    private static StringBuilder Date(StringBuilder text, DateOnly? date) =>
        date is { } day ? text.Append(CultureInfo.InvariantCulture, $"{day:yyyy-MM-dd}") : text;
}
