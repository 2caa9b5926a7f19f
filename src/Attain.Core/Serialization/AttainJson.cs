using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Attain.Core.Model;

namespace Attain.Core.Serialization;

/// <summary>
/// The JSON shape of Attain's machine-readable output (SPEC §4): camelCase names, ids and codes as strings,
/// dollars as exact numbers, months as YYYY-MM, dates as YYYY-MM-DD, markets as "developed"/"developing".
/// </summary>
public static class AttainJson
{
    public static JsonSerializerOptions Options { get; } = Create(writeIndented: true);

    public static JsonSerializerOptions Compact { get; } = Create(writeIndented: false);

    public static string Serialize<T>(T value, bool indented = true) =>
        JsonSerializer.Serialize(value, indented ? Options : Compact);

    /// <summary>Reads back what <see cref="Serialize{T}"/> wrote, as the same type.</summary>
    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"Expected a {typeof(T).Name}, found null.");

    private static JsonSerializerOptions Create(bool writeIndented)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = writeIndented,
            // Names of people and companies are often Japanese: keep them readable in the output.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.Converters.Add(new UsdConverter());
        options.Converters.Add(new MonthConverter());
        options.Converters.Add(new LevelConverter());
        options.Converters.Add(new StringValueConverter<PartnerId>(value => new(value), id => id.Value));
        options.Converters.Add(new StringValueConverter<IndividualId>(value => new(value), id => id.Value));
        options.Converters.Add(new StringValueConverter<CustomerId>(value => new(value), id => id.Value));
        options.Converters.Add(new StringValueConverter<ExamCode>(value => new(value), code => code.Value));
        options.Converters.Add(new StringValueConverter<ExamGroupId>(value => new(value), id => id.Value));
        options.Converters.Add(new StringValueConverter<ProductCode>(value => new(value), code => code.Value));
        options.Converters.Add(new StringValueConverter<SlotId>(value => new(value), id => id.Value));
        options.Converters.Add(new StringValueConverter<LevelId>(value => new(value), id => id.Value));
        options.Converters.Add(new StringValueConverter<CountryCode>(value => new(value), code => code.Value));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
