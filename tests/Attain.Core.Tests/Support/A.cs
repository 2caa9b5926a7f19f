namespace Attain.Core.Tests.Support;

/// <summary>Entry point of the test builders: <c>A.Partner("P1").In("US").WithRevenue(...).WithIndividual(...)</c>.</summary>
public static class A
{
    public static PartnerBuilder Partner(string id) => new(id);

    public static IndividualBuilder Individual(string id) => new(id);
}
