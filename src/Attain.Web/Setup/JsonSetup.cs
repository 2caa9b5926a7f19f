using Attain.Core.Serialization;

namespace Attain.Web.Setup;

/// <summary>The API speaks the same JSON as `attain evaluate --format json` (SPEC §4): the converters of <see cref="AttainJson"/>.</summary>
public static class JsonSetup
{
    public static IServiceCollection AddAttainJson(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Encoder = AttainJson.Options.Encoder;
            foreach (var converter in AttainJson.Options.Converters)
            {
                options.SerializerOptions.Converters.Add(converter);
            }
        });
}
