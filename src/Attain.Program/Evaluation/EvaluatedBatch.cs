using Attain.Core.Evaluation;
using Attain.Core.Model;

namespace Attain.Program.Evaluation;

/// <summary>A batch of partners, in partner id order, each with the facts it was evaluated from and its evaluation.</summary>
public sealed record EvaluatedBatch(IReadOnlyList<(PartnerFacts Facts, PartnerEvaluation Evaluation)> Items)
{
    public IEnumerable<PartnerEvaluation> Evaluations => Items.Select(item => item.Evaluation);

    public int Count => Items.Count;
}
