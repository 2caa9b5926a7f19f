using System.Globalization;
using Attain.Core.Evaluation;
using Attain.Core.Explanation;
using Attain.Core.Model;
using Attain.Data.Store.Evaluation;

namespace Attain.Program.Partners;

/// <summary>
/// A partner's view: its facts from the store evaluated live as of any date (one partner is quick), with its
/// standing in a list's figures and the whole explanation in the asked language. Nothing is stored.
/// </summary>
public sealed record PartnerView(PartnerEvaluation Evaluation, PartnerStanding Standing, PartnerExplanation Explanation)
{
    public static async Task<PartnerView?> LoadAsync(AttainProgram program, PartnerId partner, DateOnly asOf, CultureInfo culture, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(program);
        return await FactsAsync(program, partner, cancellationToken) is { } facts ? Of(program, facts, asOf, culture) : null;
    }

    /// <summary>The view of facts in hand, such as stored facts with a what-if added.</summary>
    public static PartnerView Of(AttainProgram program, PartnerFacts facts, DateOnly asOf, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(program);
        var evaluation = CompetencyEvaluator.Evaluate(program.Catalog, facts, asOf);
        return new PartnerView(evaluation, PartnerStanding.Of(evaluation), new EvaluationExplainer(program.Catalog, culture).Explain(evaluation));
    }

    /// <summary>The partner's facts as stored, or null when it is not in the store.</summary>
    public static async Task<PartnerFacts?> FactsAsync(AttainProgram program, PartnerId partner, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(program);
        await foreach (var batch in StoredFacts.ReadAsync(program.Db, partner, cancellationToken: cancellationToken))
        {
            return batch.Count > 0 ? batch[0] : null;
        }

        return null;
    }
}
