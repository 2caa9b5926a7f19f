using System.Runtime.CompilerServices;
using Attain.Core.Catalog;
using Attain.Core.Model;

namespace Attain.Core.Evaluation;

/// <summary>
/// What the engine's inner loops need from a catalog, worked out once per catalog instead of once per partner:
/// exam groups as bits (a person's groups and a slot's groups are small bit sets, so "covers" and "missing"
/// are one AND and one pop-count), the group set of each bit pattern, and which products qualify.
/// A catalog is immutable, so the index is kept beside it for as long as the catalog lives.
/// </summary>
internal sealed class CatalogIndex
{
    private static readonly ConditionalWeakTable<CompetencyCatalog, CatalogIndex> Indexes = [];

    private readonly Dictionary<ExamCode, int> _groupsOfExam = [];
    private readonly Dictionary<ExamCode, DateOnly> _acceptedUntil = [];
    private readonly IReadOnlySet<ExamGroupId>?[] _setOfMask;
    private readonly HashSet<ProductCode> _qualifying;

    private CatalogIndex(CompetencyCatalog catalog)
    {
        Groups = [.. catalog.ExamGroups.Values.Select(group => group.Id)];
        if (Groups.Length > 30)
        {
            throw new ArgumentException("The engine supports at most 30 exam groups per catalog.", nameof(catalog));
        }

        var bit = 0;
        foreach (var group in catalog.ExamGroups.Values)
        {
            foreach (var exam in group.Exams)
            {
                _groupsOfExam[exam] = _groupsOfExam.GetValueOrDefault(exam) | (1 << bit);
            }

            bit++;
        }

        foreach (var exam in catalog.Exams.Values)
        {
            if (exam.AcceptedUntil is { } until)
            {
                _acceptedUntil[exam.Code] = until;
            }
        }

        // Group sets are shared between candidates with the same groups; small catalogs get them all up front.
        _setOfMask = new IReadOnlySet<ExamGroupId>?[Groups.Length <= 10 ? 1 << Groups.Length : 0];
        _qualifying = [.. catalog.Products.Values.Where(product => product.Qualifies).Select(product => product.Code)];
    }

    /// <summary>The catalog's exam groups in catalog order: bit i of a mask is <c>Groups[i]</c>.</summary>
    public ExamGroupId[] Groups { get; }

    public static CatalogIndex Of(CompetencyCatalog catalog) => Indexes.GetValue(catalog, static key => new CatalogIndex(key));

    public int GroupsOf(ExamCode exam) => _groupsOfExam.GetValueOrDefault(exam);

    /// <summary>SPEC §5: the groups a pass of <paramref name="exam"/> fills on <paramref name="day"/>; none once its acceptance has ended.</summary>
    public int GroupsOn(ExamCode exam, DateOnly day) =>
        _acceptedUntil.Count > 0 && _acceptedUntil.TryGetValue(exam, out var until) && day > until ? 0 : _groupsOfExam.GetValueOrDefault(exam);

    /// <summary>The last day a pass of <paramref name="exam"/> counts, when this version gives one.</summary>
    public DateOnly? AcceptedUntil(ExamCode exam) => _acceptedUntil.TryGetValue(exam, out var until) ? until : null;

    public int MaskOf(IReadOnlyList<ExamGroupId> groups)
    {
        var mask = 0;
        foreach (var group in groups)
        {
            mask |= 1 << Array.IndexOf(Groups, group);
        }

        return mask;
    }

    public bool Qualifies(ProductCode product) => _qualifying.Contains(product);

    public IReadOnlySet<ExamGroupId> SetOf(int mask)
    {
        if (mask < _setOfMask.Length)
        {
            return _setOfMask[mask] ??= Build(mask);
        }

        return Build(mask);

        HashSet<ExamGroupId> Build(int bits) => [.. Groups.Where((_, index) => (bits & (1 << index)) != 0)];
    }
}
