namespace Attain.Web.Evaluation;

/// <summary>An exam an individual of the partner would pass; on the as-of date unless <see cref="PassedOn"/> says otherwise.</summary>
public sealed record WhatIfExamPass(string? IndividualId, string? Exam, string? PassedOn = null);
