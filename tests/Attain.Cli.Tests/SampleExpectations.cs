namespace Attain.Cli.Tests;

/// <summary>
/// samples/contoso/README.md's table: the expected results as of 2026-11-25, worked out by an independent
/// re-implementation of SPEC §1–2, not by Attain's engine.
/// </summary>
public static class SampleExpectations
{
    public const string AsOf = "2026-11-25";

    public static TheoryData<string, string, string, decimal, string?> Partners => new()
    {
        { "P-1001", "developed", "gold", 425_712.66m, "2027-04-01" },
        { "P-1002", "developed", "none", 77_870.72m, null },
        { "P-1003", "developed", "none", 355_082.74m, null },
        { "P-1004", "developing", "silver", 85_063.57m, "2027-04-01" },
        { "P-1005", "developing", "gold", 229_245.66m, "2027-04-01" },
        { "P-1006", "developed", "silver", 149_921.70m, "2027-02-01" },
        { "P-1007", "developing", "silver", 139_058.30m, "2027-09-01" },
        { "P-1008", "developed", "silver", 297_938.19m, "2027-08-01" },
        { "P-1009", "developed", "silver", 288_014.40m, "2027-07-01" },
        { "P-1010", "developed", "silver", 355_969.60m, "2027-08-01" },
        { "P-1011", "developing", "silver", 180_523.35m, "2027-08-01" },
        { "P-1012", "developed", "gold", 423_252.66m, "2027-03-01" },
        { "P-1013", "developed", "gold", 321_090.80m, "2027-01-01" },
        { "P-1014", "developed", "silver", 148_240.26m, "2027-03-01" },
        { "P-1015", "developed", "silver", 311_797.90m, "2027-08-01" },
        { "P-1016", "developed", "none", 0m, null },
    };
}
