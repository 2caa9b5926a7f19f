namespace Attain.Web.Setup;

/// <summary>
/// Whether a return address stays on this site. The same rule as ASP.NET Core's IsLocalUrl (which LocalRedirect
/// enforces by throwing): a single leading '/', not "//" or "/\" (browsers read both as another host), and no
/// control characters (browsers drop a tab or newline, so "/\t/evil.example" becomes "//evil.example").
/// </summary>
public static class LocalUrl
{
    public static bool IsLocal(string? url) =>
        url is { Length: > 0 }
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);

    /// <summary>The address itself when it is local, else the home page.</summary>
    public static string OrHome(string? url) => IsLocal(url) ? url! : "/";
}
