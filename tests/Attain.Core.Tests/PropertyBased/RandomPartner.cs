using System.Globalization;
using System.Text;
using Attain.Core.Model;

namespace Attain.Core.Tests.PropertyBased;

/// <summary>A small random partner and the date it is evaluated on; prints as a readable list of its facts.</summary>
public sealed record RandomPartner(DateOnly AsOf, PartnerFacts Facts)
{
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"as of {AsOf:yyyy-MM-dd}, {Facts.Partner.Country}");
        foreach (var individual in Facts.Individuals)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n  {individual.Id} {individual.Association}: ");
            text.AppendJoin(", ", individual.Passes.Select(pass => string.Create(CultureInfo.InvariantCulture, $"{pass.Exam}@{pass.PassedOn:yyyy-MM-dd}")));
        }

        foreach (var interval in Facts.Dpor)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n  DPOR {interval.Customer} {interval.Period}");
        }

        foreach (var line in Facts.Revenue)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n  {line.Customer} {line.Product} {line.Month} {line.Amount}");
        }

        return text.ToString();
    }
}
