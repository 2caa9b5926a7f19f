using Attain.Core.Model;

namespace Attain.Core.Tests.Support;

/// <summary>Builds an <see cref="Individual"/>: associated throughout and with passes long ago unless told otherwise.</summary>
public sealed class IndividualBuilder(string id)
{
    /// <summary>A date before every as-of date the scenarios use.</summary>
    public const string LongAgo = "2015-01-15";

    private readonly List<ExamPass> _passes = [];
    private DateOnly? _from;
    private DateOnly? _to;

    public string Id => id;

    public IndividualBuilder Passed(params string[] exams)
    {
        foreach (var exam in exams)
        {
            _passes.Add(new ExamPass(new ExamCode(exam), Day.Of(LongAgo)));
        }

        return this;
    }

    public IndividualBuilder PassedOn(string day, params string[] exams)
    {
        foreach (var exam in exams)
        {
            _passes.Add(new ExamPass(new ExamCode(exam), Day.Of(day)));
        }

        return this;
    }

    /// <summary>associated_from: the first day the individual counts for the partner.</summary>
    public IndividualBuilder AssociatedFrom(string day)
    {
        _from = Day.Of(day);
        return this;
    }

    /// <summary>associated_to: the first day the individual no longer counts (exclusive, SPEC §2).</summary>
    public IndividualBuilder AssociatedUntil(string day)
    {
        _to = Day.Of(day);
        return this;
    }

    public Individual Build() => new(new IndividualId(id), id, new DateInterval(_from, _to), [.. _passes]);
}
