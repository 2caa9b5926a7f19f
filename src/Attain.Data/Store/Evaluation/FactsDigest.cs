using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Attain.Core.Model;

namespace Attain.Data.Store.Evaluation;

/// <summary>
/// A digest of everything the engine was given about one partner, in a canonical order and form, so that
/// the same facts give the same digest whichever store or folder they came from, and any change gives another.
/// </summary>
public static class FactsDigest
{
    public static string Of(PartnerFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var text = new StringBuilder();
        var partner = facts.Partner;
        Line(text, "partner", partner.Id.Value, partner.Name, partner.Country.Value);
        foreach (var individual in facts.Individuals.OrderBy(individual => individual.Id))
        {
            Line(text, "individual", individual.Id.Value, individual.Name, Date(individual.Association.From), Date(individual.Association.To));
            foreach (var pass in individual.Passes.OrderBy(pass => pass.Exam).ThenBy(pass => pass.PassedOn))
            {
                Line(text, "pass", pass.Exam.Value, Date(pass.PassedOn));
            }
        }

        foreach (var interval in facts.Dpor.OrderBy(interval => interval.Customer).ThenBy(interval => interval.Period.From))
        {
            Line(text, "dpor", interval.Customer.Value, Date(interval.Period.From), Date(interval.Period.To));
        }

        foreach (var line in facts.Revenue.OrderBy(line => line.Customer).ThenBy(line => line.Month).ThenBy(line => line.Product))
        {
            Line(text, "revenue", line.Customer.Value, line.Month.ToString(), line.Product.Value, line.Amount.ToString());
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static void Line(StringBuilder text, params string[] fields)
    {
        // Unit separators cannot occur in CSV fields Attain accepts, so fields never run into each other.
        text.AppendJoin('\u001f', fields).Append('\u001e');
    }

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
}
