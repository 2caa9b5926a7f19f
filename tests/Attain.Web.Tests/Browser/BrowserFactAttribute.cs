namespace Attain.Web.Tests.Browser;

/// <summary>
/// A test that needs Debian's chromium. Without it, a developer's run skips it and says how to install it;
/// CI (CI=true, where .ci/run installs it) runs it anyway, so it fails loudly instead of passing by not running.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute() => Skip = SkipReason;

    /// <summary>Why a browser test cannot run here, or null: the same for facts and theories (<see cref="BrowserTheoryAttribute"/>).</summary>
    internal static string? SkipReason =>
        !File.Exists(BrowserApplication.Chromium) && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
            ? $"{BrowserApplication.Chromium} is missing: apt-get install chromium (.ci/run does) to run the browser tests."
            : null;
}
