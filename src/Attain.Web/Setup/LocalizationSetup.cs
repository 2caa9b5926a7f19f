using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.WebEncoders;

namespace Attain.Web.Setup;

/// <summary>
/// English and Japanese (SPEC §2). The request culture comes from ?culture=ja, else the language cookie the
/// switch sets, else Accept-Language: ASP.NET Core's providers in that order.
/// </summary>
public static class LocalizationSetup
{
    public static readonly CultureInfo[] Cultures = [CultureInfo.GetCultureInfo("en"), CultureInfo.GetCultureInfo("ja")];

    public static IServiceCollection AddAttainLocalization(this IServiceCollection services) =>
        services
            .Configure<RequestLocalizationOptions>(options =>
            {
                options.DefaultRequestCulture = new RequestCulture("en");
                options.SupportedCultures = Cultures;
                options.SupportedUICultures = Cultures;
            })
            // Pages are written as text, not as &#x...; escapes: Japanese stays readable (and a third the size).
            // Razor still escapes what HTML needs escaped (<, >, &, quotes).
            .Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

    /// <summary>/culture/{name}: remembers the language in a cookie and goes back to the page it was chosen on.</summary>
    public static void MapLanguageSwitch(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/culture/{name}", (string name, string? returnUrl, HttpResponse response) =>
        {
            var culture = Cultures.FirstOrDefault(candidate => candidate.Name == name) ?? Cultures[0];
            response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax });
            // Local redirects only: a language link cannot send anyone to another site, and an address that is
            // not local goes home rather than making LocalRedirect throw (a 500 anyone could cause).
            return TypedResults.LocalRedirect(LocalUrl.OrHome(returnUrl));
        }).AllowAnonymous().ExcludeFromDescription();
    }
}
