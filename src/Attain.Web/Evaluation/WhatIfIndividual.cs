namespace Attain.Web.Evaluation;

/// <summary>A new individual who would join the partner, with the exams they would bring.</summary>
public sealed record WhatIfIndividual(string? Name, IReadOnlyList<string>? Exams);
