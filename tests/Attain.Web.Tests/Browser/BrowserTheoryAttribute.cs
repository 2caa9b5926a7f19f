namespace Attain.Web.Tests.Browser;

/// <summary>A browser test with data rows: skipped without chromium on a developer's machine, never under CI (<see cref="BrowserFactAttribute"/>).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute() => Skip = BrowserFactAttribute.SkipReason;
}
