using Attain.Core.Tests.Support;

namespace Attain.Core.Tests.Scenarios;

/// <summary>
/// SPEC §2, individuals: only individuals associated on D count (associated_from ≤ D, and D &lt; associated_to
/// when given), and only exams passed on or before D.
/// </summary>
public sealed class IndividualsOnDateTests
{
    private const string AsOf = "2017-07-07";

    /// <summary>Silver's revenue and customization individual; whether Silver is held depends on "alice".</summary>
    private static string LevelWith(IndividualBuilder alice) =>
        A.Partner("P1").In("US").WithQualifyingRevenue("2017-01", 100_000m)
            .WithIndividual("bob", "MB2-712")
            .WithIndividual(alice)
            .EvaluatedOn(AsOf)
            .LevelHeld();

    private static IndividualBuilder AppDeployment() => A.Individual("alice").Passed("MB2-714", "MB2-710");

    [Fact]
    public void Individual_associated_from_the_as_of_date_counts()
    {
        Assert.Equal("silver", LevelWith(AppDeployment().AssociatedFrom("2017-07-07")));
    }

    [Fact]
    public void Individual_associated_from_the_day_after_does_not_count()
    {
        Assert.Equal("none", LevelWith(AppDeployment().AssociatedFrom("2017-07-08")));
    }

    [Fact]
    public void Individual_associated_until_the_as_of_date_does_not_count_the_end_is_exclusive()
    {
        Assert.Equal("none", LevelWith(AppDeployment().AssociatedUntil("2017-07-07")));
    }

    [Fact]
    public void Individual_associated_until_the_day_after_counts()
    {
        Assert.Equal("silver", LevelWith(AppDeployment().AssociatedFrom("2016-01-01").AssociatedUntil("2017-07-08")));
    }

    [Fact]
    public void Individual_who_left_before_the_as_of_date_does_not_count()
    {
        Assert.Equal("none", LevelWith(AppDeployment().AssociatedFrom("2015-01-01").AssociatedUntil("2016-12-31")));
    }

    [Fact]
    public void Exam_passed_on_the_as_of_date_counts()
    {
        Assert.Equal("silver", LevelWith(A.Individual("alice").Passed("MB2-714").PassedOn("2017-07-07", "MB2-710")));
    }

    [Fact]
    public void Exam_passed_after_the_as_of_date_does_not_count()
    {
        Assert.Equal("none", LevelWith(A.Individual("alice").Passed("MB2-714").PassedOn("2017-07-08", "MB2-710")));
    }

    [Fact]
    public void Individuals_who_count_are_listed_with_the_exams_they_had_passed_by_the_as_of_date()
    {
        var evaluation = A.Partner("P1").In("US")
            .WithIndividual(A.Individual("alice").Passed("MB2-714").PassedOn("2017-07-08", "MB2-710"))
            .WithIndividual(A.Individual("carol").Passed("MB2-712").AssociatedFrom("2017-08-01"))
            .EvaluatedOn(AsOf);

        var alice = Assert.Single(evaluation.Individuals);
        Assert.Equal("alice", alice.Id.Value);
        Assert.Equal(["MB2-714"], alice.Exams.Select(exam => exam.Value));
        Assert.Equal(["app"], alice.Groups.Select(group => group.Value));
    }
}
