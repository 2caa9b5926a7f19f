using System.Text.Json;

namespace Attain.Data.Tests.Cli;

/// <summary>
/// The drop after the samples in which C-1001's DPOR (P-1001's from 2021-06-01, open) is closed on 2026-12-01 and
/// P-1002 takes the customer over from that day; C-1001's revenue goes on for 2026-11 … 2027-01.
/// </summary>
public static class HandOverDrop
{
    public const string Day = "2026-12-01";

    /// <summary>As of this date the TTM window is 2026-02 … 2027-01: November is P-1001's, December and January P-1002's.</summary>
    public const string AsOf = "2027-02-15";

    public const decimal November = 30_000.00m;
    public const decimal December = 31_000.00m;
    public const decimal January = 32_000.00m;

    public static TemporaryFolder Create()
    {
        var drop = Attain.CopyOfSamples();
        var dpor = drop.File("dpor.csv");
        var closed = File.ReadAllText(dpor).Replace("C-1001,P-1001,2021-06-01,\n", $"C-1001,P-1001,2021-06-01,{Day}\n", StringComparison.Ordinal);
        Assert.NotEqual(File.ReadAllText(dpor), closed);
        File.WriteAllText(dpor, closed + $"C-1001,P-1002,{Day},\n");
        File.AppendAllText(drop.File("revenue.csv"), $"C-1001,crm-online,2026-11,{November:F2}\nC-1001,crm-online,2026-12,{December:F2}\nC-1001,crm-online,2027-01,{January:F2}\n");
        return drop;
    }

    /// <summary>A partner's revenue for <paramref name="month"/> (YYYY-MM) in an `evaluate --format json` array.</summary>
    public static decimal RevenueOf(string json, string partner, string month) =>
        Partner(json, partner).GetProperty("revenueByMonth").EnumerateArray()
            .Single(entry => entry.GetProperty("month").GetString() == month).GetProperty("amount").GetDecimal();

    public static JsonElement Partner(string json, string partner) =>
        JsonDocument.Parse(json).RootElement.EnumerateArray().Single(entry => entry.GetProperty("partnerId").GetString() == partner);
}
