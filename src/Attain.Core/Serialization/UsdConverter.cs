using System.Text.Json;
using System.Text.Json.Serialization;
using Attain.Core.Model;

namespace Attain.Core.Serialization;

/// <summary>Dollars as a JSON number with the cents kept exactly (decimal, never double).</summary>
internal sealed class UsdConverter : JsonConverter<Usd>
{
    public override Usd Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => new(reader.GetDecimal());

    // A decimal keeps the scale it was made with (6787.2 from a database, 6787.20 from a file): adding 0.00m
    // gives every amount two decimals, so the same money always prints the same way.
    public override void Write(Utf8JsonWriter writer, Usd value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(decimal.Round(value.Amount, 2) + 0.00m);
}
