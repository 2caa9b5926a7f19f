using Attain.Core.Evaluation;
using Attain.Core.Explanation;

namespace Attain.Web.Partners;

/// <summary>The full result: the language-neutral evaluation (SPEC §4 shape) and the same in words, in the asked language.</summary>
public sealed record PartnerEvaluationResponse(PartnerEvaluation Evaluation, PartnerExplanation Explanation, string Language);
