namespace Attain.Web.Pages.Partners;

/// <summary>A row of the what-if form: an individual of the partner and an exam they would pass (form binding needs setters).</summary>
public sealed class WhatIfPassRow
{
    public string? Individual { get; set; }

    public string? Exam { get; set; }
}
