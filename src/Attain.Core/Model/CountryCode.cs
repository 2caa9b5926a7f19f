namespace Attain.Core.Model;

/// <summary>An ISO 3166-1 alpha-2 country code, always upper case.</summary>
public readonly record struct CountryCode : IComparable<CountryCode>
{
    public CountryCode(string value)
    {
        if (!IsWellFormed(value))
        {
            throw new ArgumentException($"'{value}' is not an ISO 3166-1 alpha-2 country code.", nameof(value));
        }

        Value = value;
    }

    public string Value { get; }

    public static bool IsWellFormed(string? value) => value is { Length: 2 } && char.IsAsciiLetterUpper(value[0]) && char.IsAsciiLetterUpper(value[1]);

    public int CompareTo(CountryCode other) => string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value;
}
