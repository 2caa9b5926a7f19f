using System.Globalization;
using Attain.Core.Catalog;
using Attain.Core.Catalog.Requirements;
using Attain.Core.Evaluation;
using Attain.Core.Model;

namespace Attain.Web.Pages.Partners;

/// <summary>
/// The TTM revenue as it builds up over the window's twelve months (a bar per month, the running total), with a
/// line for each level's threshold in the partner's market: the last bar against the lines is the verdict on
/// revenue. Geometry only; the page draws it as inline SVG, so there is no script and no chart library.
/// </summary>
public sealed record RevenueChart(IReadOnlyList<RevenueChart.Bar> Bars, IReadOnlyList<RevenueChart.Line> Thresholds)
{
    public const int Width = 720;
    public const int Height = 260;
    public const int Left = 88;
    public const int Bottom = 228;
    public const int Top = 16;

    public sealed record Bar(Month Month, Usd Amount, Usd RunningTotal, double X, double Y, double BarWidth, double BarHeight);

    public sealed record Line(string LevelId, string Name, Usd Amount, double Y);

    public static RevenueChart Of(CompetencyCatalog catalog, PartnerEvaluation evaluation, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(evaluation);
        var thresholds = catalog.Levels
            .SelectMany(level => level.Requirements.OfType<RevenueThreshold>().Select(requirement => (level, amount: requirement.ThresholdFor(evaluation.Market))))
            .ToList();
        var running = 0m;
        var totals = evaluation.RevenueByMonth.Select(figure => (figure, total: running += figure.Amount.Amount)).ToList();
        // The scale leaves room above the highest of the totals and the Gold line; a refund can dip below zero.
        var max = Math.Max(totals.Select(entry => entry.total).DefaultIfEmpty(0).Max(), thresholds.Select(entry => entry.amount.Amount).DefaultIfEmpty(1).Max()) * 1.1m;
        var min = Math.Min(0, totals.Select(entry => entry.total).DefaultIfEmpty(0).Min());
        double Y(decimal amount) => Bottom - (double)((amount - min) / (max - min)) * (Bottom - Top);

        var slot = (Width - Left - 8) / (double)Math.Max(totals.Count, 1);
        var bars = totals.Select((entry, index) =>
        {
            var top = Y(Math.Max(entry.total, 0));
            var zero = Y(Math.Min(entry.total, 0));
            return new Bar(entry.figure.Month, entry.figure.Amount, new Usd(entry.total), Left + (index * slot) + (slot * 0.15), top, slot * 0.7, Math.Max(zero - top, 0));
        }).ToList();
        var lines = thresholds.Select(entry => new Line(entry.level.Id.Value, entry.level.Name.In(culture), entry.amount, Y(entry.amount.Amount))).ToList();
        return new RevenueChart(bars, lines);
    }

    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
