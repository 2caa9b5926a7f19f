namespace Attain.Web.Pages.Partners;

/// <summary>A row of the what-if form: a new individual who would join with the exams they would bring (form binding needs setters).</summary>
public sealed class WhatIfPersonRow
{
    public string? Name { get; set; }

    public List<string?> Exams { get; set; } = [];
}
