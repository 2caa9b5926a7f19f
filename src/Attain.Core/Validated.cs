namespace Attain.Core;

/// <summary>A value read from user input, or the problems that kept it from being read.</summary>
public sealed record Validated<T>(T? Value, IReadOnlyList<Problem> Problems) where T : class
{
    public bool IsValid => Value is not null && Problems.Count == 0;

    public static Validated<T> Valid(T value) => new(value, []);

    public static Validated<T> Invalid(IReadOnlyList<Problem> problems) => new(null, problems);
}
