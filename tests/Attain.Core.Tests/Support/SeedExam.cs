namespace Attain.Core.Tests.Support;

/// <summary>An exam as the seed page lists it: its code and published title.</summary>
public sealed record SeedExam(string Code, string Title);
