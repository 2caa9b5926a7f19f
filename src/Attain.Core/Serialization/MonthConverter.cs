using System.Text.Json;
using System.Text.Json.Serialization;
using Attain.Core.Model;

namespace Attain.Core.Serialization;

/// <summary>A month as "YYYY-MM", as in the data files.</summary>
internal sealed class MonthConverter : JsonConverter<Month>
{
    public override Month Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Month.TryParse(reader.GetString(), out var month) ? month : throw new JsonException("Expected a month as YYYY-MM.");

    public override void Write(Utf8JsonWriter writer, Month value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
