namespace Attain.Web.Evaluation;

/// <summary>
/// Hypothetical facts added to a partner's stored ones for one evaluation; nothing is stored. Values are strings
/// so that each bad one can be reported by name.
/// </summary>
public sealed record WhatIfRequest(
    string? AsOf = null,
    IReadOnlyList<WhatIfExamPass>? ExamPasses = null,
    IReadOnlyList<WhatIfIndividual>? Individuals = null,
    IReadOnlyList<WhatIfRevenue>? Revenue = null);
