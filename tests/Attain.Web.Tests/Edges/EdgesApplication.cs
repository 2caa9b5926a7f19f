using Attain.Web.Tests.Support;

namespace Attain.Web.Tests.Edges;

/// <summary>An app of its own for tests that import drops: the shared one's store stays as the other tests expect it.</summary>
public sealed class EdgesApplication : AttainWebApplication
{
    /// <summary>samples/contoso with one pass more: I-2057 passes MB2-712, which takes P-1015 from Silver to Gold (samples/contoso/README.md).</summary>
    public static ByteArrayContent GoldForP1015() =>
        SampleZip.Create(replace: new Dictionary<string, string>
        {
            ["exam_passes.csv"] = SampleZip.SampleText("exam_passes.csv").TrimEnd() + "\nI-2057,MB2-712,2026-11-02\n",
        });
}
