using System.Globalization;

namespace Attain.Data.Tests.Folder;

/// <summary>Sets <see cref="CultureInfo.CurrentUICulture"/> for a block and puts the previous one back, whatever happens.</summary>
internal sealed class UiCulture : IDisposable
{
    private readonly CultureInfo _previous = CultureInfo.CurrentUICulture;

    private UiCulture(CultureInfo culture) => CultureInfo.CurrentUICulture = culture;

    /// <summary>English: the neutral resources, whatever the machine's language.</summary>
    public static UiCulture English() => new(CultureInfo.InvariantCulture);

    public static UiCulture Japanese() => new(CultureInfo.GetCultureInfo("ja-JP"));

    public void Dispose() => CultureInfo.CurrentUICulture = _previous;
}
