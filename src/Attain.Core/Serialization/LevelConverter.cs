using System.Text.Json;
using System.Text.Json.Serialization;
using Attain.Core.Model;

namespace Attain.Core.Serialization;

/// <summary>SPEC §4: the level is "gold", "silver" or "none" — never null — in machine-readable output.</summary>
internal sealed class LevelConverter : JsonConverter<LevelId?>
{
    public override bool HandleNull => true;

    public override LevelId? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetString() is { } text && text != LevelNames.None ? new LevelId(text) : null;

    public override void Write(Utf8JsonWriter writer, LevelId? value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value?.Value ?? LevelNames.None);
}
