using Attain.Core.Model;

namespace Attain.Data.Folder;

/// <summary>One row of dpor.csv read without a problem: the partner is DPOR for the customer over [From, To).</summary>
internal readonly record struct DporEntry(CustomerId Customer, PartnerId Partner, DateOnly From, DateOnly? To, int Line)
{
    public DporInterval ToInterval() => new(Customer, new DateInterval(From, To));

    /// <summary>Written as in a data file, <c>[2017-01-01, 2018-01-01)</c>, or <c>[2017-01-01, )</c> while open.</summary>
    public string PeriodText => $"[{IsoDate.Format(From)}, {(To is { } end ? IsoDate.Format(end) : string.Empty)})";
}
