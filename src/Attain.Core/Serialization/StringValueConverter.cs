using System.Text.Json;
using System.Text.Json.Serialization;

namespace Attain.Core.Serialization;

/// <summary>Writes a single-string value type (an id or a code) as a plain JSON string.</summary>
internal sealed class StringValueConverter<T>(Func<string, T> create, Func<T, string> text) : JsonConverter<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        create(reader.GetString() ?? throw new JsonException($"Expected a string for {typeof(T).Name}."));

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(text(value));

    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Read(ref reader, typeToConvert, options);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WritePropertyName(text(value));
}
