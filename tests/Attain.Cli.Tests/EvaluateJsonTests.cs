using System.Text.Json;

namespace Attain.Cli.Tests;

public class EvaluateJsonTests
{
    private static readonly Lazy<CliRun> SampleRun = new(() => CliRun.Of("evaluate", CliRun.Samples, "--as-of", SampleExpectations.AsOf, "--format", "json"));

    private static JsonElement Partner(string id) =>
        SampleRun.Value.Json().EnumerateArray().Single(partner => partner.GetProperty("partnerId").GetString() == id);

    [Fact]
    public void Valid_data_exits_zero_with_one_object_per_partner_sorted_by_partner_id()
    {
        Assert.Equal(0, SampleRun.Value.ExitCode);
        var ids = SampleRun.Value.Json().EnumerateArray().Select(partner => partner.GetProperty("partnerId").GetString()).ToList();
        Assert.Equal(16, ids.Count);
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
    }

    [Theory]
    [MemberData(nameof(SampleExpectations.Partners), MemberType = typeof(SampleExpectations))]
    public void Each_sample_partner_gets_the_independently_computed_level_market_and_revenue(string id, string market, string level, decimal ttm, string? revenueLapse)
    {
        var partner = Partner(id);
        Assert.Equal(level, partner.GetProperty("level").GetString());
        Assert.Equal(market, partner.GetProperty("market").GetString());
        Assert.Equal(ttm, partner.GetProperty("ttmRevenueUsd").GetDecimal());
        Assert.Equal(SampleExpectations.AsOf, partner.GetProperty("asOf").GetString());

        var lapse = partner.GetProperty("lapse");
        if (revenueLapse is null)
        {
            Assert.Equal(JsonValueKind.Null, lapse.ValueKind);
        }
        else
        {
            var revenue = lapse.GetProperty("requirements").EnumerateArray().Single(requirement => requirement.GetProperty("requirementId").GetString() == "revenue");
            Assert.Equal(revenueLapse, revenue.GetProperty("on").GetString());
        }
    }

    [Fact]
    public void A_known_departure_lapses_the_level_before_the_revenue_does()
    {
        var lapse = Partner("P-1014").GetProperty("lapse");
        Assert.Equal("2027-02-01", lapse.GetProperty("on").GetString());
        Assert.Equal("exams", lapse.GetProperty("requirementId").GetString());
    }

    [Fact]
    public void The_lapse_names_its_cause_the_level_after_and_a_keep_plan_that_does_not_count_on_the_leaver()
    {
        // Issue 11, item 1: field additions to "lapse"; the existing fields stay as they were.
        var lapse = Partner("P-1014").GetProperty("lapse");
        var departure = Assert.Single(lapse.GetProperty("cause").GetProperty("departures").EnumerateArray());
        Assert.Equal(("I-2051", "Oliver Bennett", "2027-02-01"), (departure.GetProperty("individual").GetString(), departure.GetProperty("name").GetString(), departure.GetProperty("leavesOn").GetString()));
        Assert.Equal("none", lapse.GetProperty("levelAfter").GetString());
        var keep = lapse.GetProperty("keepPlan");
        Assert.Equal(("silver", "2027-02-01"), (keep.GetProperty("level").GetString(), keep.GetProperty("by").GetString()));
        var seats = keep.GetProperty("steps").EnumerateArray().Single().GetProperty("assignments").EnumerateArray().ToList();
        Assert.DoesNotContain(seats, seat => seat.GetProperty("individual").GetString() == "I-2051");
        Assert.Equal(100000m, lapse.GetProperty("revenueToHold").GetProperty("threshold").GetDecimal());
        Assert.Equal("2027-02-01", lapse.GetProperty("projection").EnumerateArray().Last().GetProperty("on").GetString());
        Assert.DoesNotContain(Partner("P-1014").GetProperty("plan").GetProperty("steps").EnumerateArray()
            .Where(step => step.GetProperty("kind").GetString() == "examSlots")
            .SelectMany(step => step.GetProperty("assignments").EnumerateArray()), seat => seat.GetProperty("individual").GetString() == "I-2051");
    }

    [Fact]
    public void A_revenue_lapse_names_the_months_that_roll_out_of_the_window()
    {
        // samples/contoso: P-1013's 2025-12 (121,480.00) leaves the window on 2027-01-01.
        var revenue = Partner("P-1013").GetProperty("lapse").GetProperty("cause").GetProperty("revenue");
        Assert.Equal("2025-11", revenue.GetProperty("months").GetProperty("first").GetString());
        Assert.Equal("2025-12", revenue.GetProperty("months").GetProperty("last").GetString());
        Assert.Equal(191_485.80m, revenue.GetProperty("ttmOnLapse").GetDecimal());
        Assert.Equal("silver", Partner("P-1013").GetProperty("lapse").GetProperty("levelAfter").GetString());
    }

    [Fact]
    public void The_maximum_matching_seats_the_all_round_individual_in_a_customization_slot()
    {
        var gold = Partner("P-1012").GetProperty("levels").EnumerateArray().Single(level => level.GetProperty("level").GetString() == "gold");
        var slots = gold.GetProperty("requirements").EnumerateArray()
            .Single(requirement => requirement.GetProperty("kind").GetString() == "examSlots")
            .GetProperty("slots").EnumerateArray()
            .ToDictionary(slot => slot.GetProperty("slot").GetString()!, slot => slot.GetProperty("individuals").EnumerateArray().Select(id => id.GetString()).ToList());
        Assert.Equal(["I-2044", "I-2045"], slots["app-deployment"]);
        Assert.Equal(["I-2043", "I-2046"], slots["customization"]);
    }

    [Theory]
    [InlineData("P-1015", "gold", "I-2057", "customization")]
    [InlineData("P-1011", "gold", "I-2040", "deployment")]
    [InlineData("P-1003", "silver", "I-2012", "deployment")]
    public void The_plan_names_the_one_individual_and_exam_group_that_complete_the_next_level(string id, string nextLevel, string individual, string group)
    {
        var plan = Partner(id).GetProperty("plan");
        Assert.Equal(nextLevel, plan.GetProperty("level").GetString());
        var exams = plan.GetProperty("steps").EnumerateArray().Single(step => step.GetProperty("kind").GetString() == "examSlots");
        Assert.Equal(1, exams.GetProperty("additionalPasses").GetInt32());
        Assert.Equal(0, exams.GetProperty("newIndividuals").GetInt32());
        var toTake = exams.GetProperty("assignments").EnumerateArray().Where(assignment => assignment.GetProperty("exams").GetArrayLength() > 0).ToList();
        var only = Assert.Single(toTake);
        Assert.Equal(individual, only.GetProperty("individual").GetString());
        Assert.Equal(group, only.GetProperty("exams")[0].GetProperty("group").GetString());
    }

    [Fact]
    public void The_plan_asks_for_a_new_individual_where_the_current_ones_cannot_suffice()
    {
        var exams = Partner("P-1010").GetProperty("plan").GetProperty("steps").EnumerateArray().Single(step => step.GetProperty("kind").GetString() == "examSlots");
        Assert.Equal(1, exams.GetProperty("newIndividuals").GetInt32());
        Assert.Equal(2, exams.GetProperty("additionalPasses").GetInt32());
    }

    [Fact]
    public void The_revenue_shortfall_to_the_next_level_is_exact()
    {
        var step = Partner("P-1008").GetProperty("plan").GetProperty("steps").EnumerateArray().Single(step => step.GetProperty("kind").GetString() == "revenue");
        Assert.Equal(2_061.81m, step.GetProperty("shortfall").GetDecimal());
    }

    [Fact]
    public void One_partner_only_with_the_partner_option()
    {
        var run = CliRun.Of("evaluate", CliRun.Samples, "--as-of", SampleExpectations.AsOf, "--format", "json", "--partner", "P-1004");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("P-1004", Assert.Single(run.Json().EnumerateArray()).GetProperty("partnerId").GetString());
    }
}
