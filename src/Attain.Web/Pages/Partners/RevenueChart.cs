using System.Globalization;
using Attain.Core.Catalog;
using Attain.Core.Catalog.Requirements;
using Attain.Core.Evaluation;
using Attain.Core.Model;
using Attain.Core.Planning;

namespace Attain.Web.Pages.Partners;

/// <summary>
/// What happened to the revenue and where it is heading (issue 11): a bar per month of the window (the month's own
/// revenue, so a fall shows), the rolling TTM figure on each first of the month as a line, its projection with no new
/// revenue to the lapse date as a dashed line, each level's threshold in the partner's market, a value axis and the
/// lapse date. Geometry only; the page draws it as inline SVG, so there is no script and no chart library.
/// </summary>
public sealed record RevenueChart(
    IReadOnlyList<RevenueChart.Bar> Bars,
    IReadOnlyList<RevenueChart.Point> Ttm,
    IReadOnlyList<RevenueChart.Point> Projection,
    IReadOnlyList<RevenueChart.Line> Thresholds,
    IReadOnlyList<RevenueChart.Tick> Ticks,
    IReadOnlyList<RevenueChart.MonthLabel> Months,
    RevenueChart.Marker? Lapse)
{
    public const int Width = 640;
    public const int Height = 300;
    public const int Left = 84;
    public const int Right = Width - 12;
    public const int Top = 16;
    public const int Bottom = 258;

    /// <summary>A month of the window: its revenue and the TTM figure once it is over (on the next first of the month).</summary>
    public sealed record Bar(Month Month, Usd Amount, Usd Ttm, double X, double Y, double BarWidth, double BarHeight);

    public sealed record Point(DateOnly On, Usd Ttm, double X, double Y);

    /// <summary>A threshold's rule; its name goes above it, or below it when the rule is at the top of the chart.</summary>
    public sealed record Line(string LevelId, string Name, Usd Amount, double Y)
    {
        public double LabelY => Y - 6 < Top + 18 ? Y + 20 : Y - 6;
    }

    public sealed record Tick(string Label, double Y);

    public sealed record MonthLabel(Month Month, double X, bool Projected, bool WithYear);

    public sealed record Marker(DateOnly On, double X);

    public static RevenueChart Of(CompetencyCatalog catalog, PartnerEvaluation evaluation, IReadOnlyList<TtmPoint> rolling, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(rolling);
        var thresholds = catalog.Levels
            .SelectMany(level => level.Requirements.OfType<RevenueThreshold>().Select(requirement => (level, amount: requirement.ThresholdFor(evaluation.Market))))
            .ToList();
        var projected = evaluation.Lapse?.Projection ?? [];
        var months = evaluation.RevenueByMonth;
        var columns = months.Count + projected.Count;
        var slot = (Right - Left) / (double)Math.Max(columns, 1);

        // The axis runs from zero (or the lowest refund) to a round figure above everything drawn, Gold's line included.
        var values = months.Select(figure => figure.Amount.Amount)
            .Concat(rolling.Select(point => point.Ttm.Amount))
            .Concat(projected.Select(point => point.Ttm.Amount))
            .Concat(thresholds.Select(entry => entry.amount.Amount))
            .Append(0m)
            .ToList();
        var step = NiceStep((values.Max() - values.Min()) / 4);
        var max = Math.Ceiling(values.Max() / step) * step;
        var min = Math.Floor(values.Min() / step) * step;
        if (max == min)
        {
            max = min + step;
        }

        double Y(decimal amount) => Bottom - ((double)((amount - min) / (max - min)) * (Bottom - Top));
        double Edge(int column) => Left + (column * slot);

        var bars = months.Select((figure, index) =>
        {
            var top = Y(Math.Max(figure.Amount.Amount, 0));
            var ttm = index < rolling.Count ? rolling[index].Ttm : evaluation.TtmRevenueUsd;
            // A refund is a bar below the zero line.
            return new Bar(figure.Month, figure.Amount, ttm, Edge(index) + (slot * 0.2), top, slot * 0.6, Y(Math.Min(figure.Amount.Amount, 0)) - top);
        }).ToList();
        var ttmLine = rolling.Select((point, index) => new Point(point.On, point.Ttm, Edge(index + 1), Y(point.Ttm.Amount))).ToList();
        var projection = projected.Select((point, index) => new Point(point.On, point.Ttm, Edge(months.Count + index + 1), Y(point.Ttm.Amount))).ToList();
        if (projection.Count > 0 && ttmLine.Count > 0)
        {
            projection.Insert(0, ttmLine[^1]);
        }

        var ticks = new List<Tick>();
        for (var amount = min; amount <= max; amount += step)
        {
            ticks.Add(new Tick(Compact(amount), Y(amount)));
        }

        // Month names as often as a label about 80 units wide fits (a phone draws them larger), the last month always named;
        // the year only on the first label and in January.
        var every = (int)Math.Ceiling(84 / slot);
        var first = months.Count > 0 ? months[0].Month : Month.Of(evaluation.AsOf).Plus(-12);
        var labels = Enumerable.Range(0, columns)
            .Where(column => (columns - 1 - column) % every == 0)
            .Select((column, index) => new MonthLabel(first.Plus(column), Edge(column) + (slot / 2), column >= months.Count, index == 0 || first.Plus(column).Number <= every))
            .ToList();

        Marker? lapse = null;
        if (evaluation.Lapse is { } due && months.Count > 0)
        {
            var month = Month.Of(due.On);
            var fraction = (due.On.Day - 1) / (double)DateTime.DaysInMonth(month.Year, month.Number);
            lapse = new Marker(due.On, Math.Min(Right, Edge(month.MonthsSince(months[0].Month)) + (fraction * slot)));
        }

        var lines = thresholds.Select(entry => new Line(entry.level.Id.Value, entry.level.Name.In(culture), entry.amount, Y(entry.amount.Amount))).ToList();
        return new RevenueChart(bars, ttmLine, projection, lines, ticks, labels, lapse);
    }

    /// <summary>The points of an SVG polyline.</summary>
    public static string Polyline(IEnumerable<Point> points) => string.Join(' ', points.Select(point => $"{Number(point.X)},{Number(point.Y)}"));

    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>An axis value in a few characters, the same in every language: $250k, $1.5M.</summary>
    public static string Compact(decimal amount)
    {
        var sign = amount < 0 ? "−" : string.Empty;
        var size = Math.Abs(amount);
        return sign + (size >= 1_000_000m ? $"${(size / 1_000_000m).ToString("0.##", CultureInfo.InvariantCulture)}M"
            : size >= 1_000m ? $"${(size / 1_000m).ToString("0.#", CultureInfo.InvariantCulture)}k"
            : $"${size.ToString("0", CultureInfo.InvariantCulture)}");
    }

    // 1, 2, 2.5 or 5 times a power of ten: axis values people read at a glance.
    private static decimal NiceStep(decimal rough)
    {
        if (rough <= 0)
        {
            return 1;
        }

        var magnitude = (decimal)Math.Pow(10, Math.Floor(Math.Log10((double)rough)));
        foreach (var factor in new[] { 1m, 2m, 2.5m, 5m, 10m })
        {
            if (magnitude * factor >= rough)
            {
                return magnitude * factor;
            }
        }

        return magnitude * 10;
    }
}
