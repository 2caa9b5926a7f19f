namespace Attain.Web.Evaluation;

/// <summary>Net new revenue the partner would add in a month, from a customer it is DPOR for; product crm-online unless given.</summary>
public sealed record WhatIfRevenue(string? Month, decimal AmountUsd, string? Product = null);
