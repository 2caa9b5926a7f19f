using System.Text.Json;
using System.Text.Json.Serialization;
using Attain.Core.Model;

namespace Attain.Core.Serialization;

/// <summary>Dollars as a JSON number with the cents kept exactly (decimal, never double).</summary>
internal sealed class UsdConverter : JsonConverter<Usd>
{
    public override Usd Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => new(reader.GetDecimal());

    public override void Write(Utf8JsonWriter writer, Usd value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(decimal.Round(value.Amount, 2));
}
