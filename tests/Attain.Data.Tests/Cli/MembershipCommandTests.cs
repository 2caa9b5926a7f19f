using System.Text.Json;
using Attain.Data.Tests.Store;

namespace Attain.Data.Tests.Cli;

/// <summary>
/// `attain membership` and `attain decide` on the sample program evaluated a year apart (2025-11-25, 2026-11-25): the
/// second evaluation falls on the anniversary of the first, so each partner shows renew, attain or lapse (SPEC §6).
/// </summary>
public sealed class MembershipCommandTests
{
    private const string LastYear = "2025-11-25";

    [Theory, SqliteStore, PostgresStore]
    public async Task Membership_follows_the_evaluations_renew_attain_and_lapse_into_a_pending_demotion(StoreKind kind)
    {
        await using var store = await EvaluatedTwiceAsync(kind);
        var before = Levels(Attain.Run("evaluate", "--db", store.Db, "--all", "--as-of", LastYear, "--format", "json"));
        var after = Levels(Attain.Run("evaluate", "--db", store.Db, "--all", "--as-of", Attain.AsOf, "--format", "json"));

        var membership = Run("membership", "--db", store.Db, "--as-of", "2026-12-27", "--format", "json");

        var partners = JsonDocument.Parse(membership.Output).RootElement.EnumerateArray().ToDictionary(partner => partner.GetProperty("partnerId").GetString()!);
        Assert.Equal(before.Keys.Order(), partners.Keys.Order());
        var kinds = new HashSet<string>();
        foreach (var (id, partner) in partners)
        {
            var (then, now) = (before[id], after[id]);
            if (then == "none" && now == "none")
            {
                Assert.Equal("none", partner.GetProperty("heldLevel").GetString());
                continue;
            }

            if (Rank(now) > Rank(then))
            {
                kinds.Add("attained");
                Assert.Equal((now, Attain.AsOf, "2027-11-25"), Held(partner));
            }
            else if (now == then)
            {
                // The evaluation on the anniversary itself renews: the next anniversary is a year on.
                kinds.Add("renewed");
                Assert.Equal((now, LastYear, "2027-11-25"), Held(partner));
                Assert.Equal(Attain.AsOf, partner.GetProperty("renewedOn").GetString());
            }
            else
            {
                // The window [2026-11-25, 2026-12-25] closed with no renewal: the level is kept, the demotion waits.
                kinds.Add("lapsed");
                Assert.Equal((then, LastYear, Attain.AsOf), Held(partner));
                var pending = partner.GetProperty("pendingDemotion");
                Assert.Equal(now, pending.GetProperty("to").GetString());
                Assert.Equal("2026-12-26", pending.GetProperty("dueSince").GetString());
                Assert.Contains(partner.GetProperty("reminders").EnumerateArray(), reminder => reminder.GetProperty("kind").GetString() == "demotionPending");
            }
        }

        Assert.Equal(["attained", "lapsed", "renewed"], kinds.Order());
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Approving_a_pending_demotion_applies_the_lower_level_from_that_day_and_a_refused_decision_writes_nothing(StoreKind kind)
    {
        await using var store = await EvaluatedTwiceAsync(kind);
        var lapsed = Lapsed(store);

        var refused = Attain.Run("decide", "approve", lapsed.Renewed, "--reason", "no demotion is pending", "--db", store.Db, "--on", "2026-12-27");
        var early = Attain.Run("decide", "approve", lapsed.Lapsed, "--reason", "too early: the window is open", "--db", store.Db, "--on", "2026-12-20");
        var tooLong = Attain.Run("decide", "override", lapsed.Lapsed, "--level", "gold", "--reason", "r", "--db", store.Db, "--on", "2026-12-01", "--until", "2027-12-02");
        var unknown = Attain.Run("decide", "approve", "P-9999", "--reason", "r", "--db", store.Db);
        var unchanged = Run("membership", "--db", store.Db, "--as-of", "2026-12-27", "--format", "json").Output;

        Assert.Equal([2, 2, 2, 2], new[] { refused.ExitCode, early.ExitCode, tooLong.ExitCode, unknown.ExitCode });
        Assert.Contains("has no pending demotion", refused.Error, StringComparison.Ordinal);
        Assert.Contains("at most 12 months", tooLong.Error, StringComparison.Ordinal);
        Assert.Equal(unchanged, Run("membership", "--db", store.Db, "--as-of", "2026-12-27", "--format", "json").Output);

        var approved = Attain.Run("decide", "approve", lapsed.Lapsed, "--reason", "renewal window closed", "--by", "alice", "--db", store.Db, "--on", "2026-12-27");

        Assert.True(approved.ExitCode == 0, approved.Error);
        var partner = One(store, lapsed.Lapsed, "2027-01-05");
        Assert.Equal((lapsed.To, "2026-12-27", "2027-12-27"), Held(partner));
        Assert.Equal(JsonValueKind.Null, partner.GetProperty("pendingDemotion").ValueKind);
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task An_override_lifts_the_held_level_until_it_ends_or_is_revoked_and_says_who_and_why(StoreKind kind)
    {
        await using var store = await EvaluatedTwiceAsync(kind);
        var partner = Lapsed(store).Renewed;
        var held = One(store, partner, "2026-12-01").GetProperty("heldLevel").GetString();
        Assert.NotEqual("gold", held);

        var granted = Attain.Run("decide", "override", partner, "--level", "gold", "--reason", "MB2-712 pass not yet recognised", "--by", "bob", "--db", store.Db, "--on", "2026-12-01");

        Assert.True(granted.ExitCode == 0, granted.Error);
        var during = One(store, partner, "2027-02-28");
        Assert.Equal("gold", during.GetProperty("heldLevel").GetString());
        var active = during.GetProperty("override");
        Assert.Equal(("bob", "MB2-712 pass not yet recognised", "2027-03-01"), (active.GetProperty("by").GetString(), active.GetProperty("reason").GetString(), active.GetProperty("until").GetString()));
        Assert.Contains(during.GetProperty("reminders").EnumerateArray(), reminder => reminder.GetProperty("kind").GetString() == "overrideExpiring");
        Assert.Equal(held, One(store, partner, "2027-03-01").GetProperty("heldLevel").GetString());

        var decision = active.GetProperty("decision").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(0, Attain.Run("decide", "revoke", partner, "--override", decision, "--reason", "recognised", "--db", store.Db, "--on", "2027-01-10").ExitCode);
        Assert.Equal(held, One(store, partner, "2027-01-10").GetProperty("heldLevel").GetString());
        Assert.Equal("gold", One(store, partner, "2027-01-09").GetProperty("heldLevel").GetString());
        Assert.Equal(2, Attain.Run("decide", "revoke", partner, "--override", decision, "--reason", "again", "--db", store.Db, "--on", "2027-01-11").ExitCode);
    }

    [Theory, SqliteStore]
    public async Task The_table_speaks_the_language_asked_for(StoreKind kind)
    {
        await using var store = await EvaluatedTwiceAsync(kind);

        var english = Run("membership", "--db", store.Db, "--as-of", "2026-12-27");
        var japanese = Run("membership", "--db", store.Db, "--as-of", "2026-12-27", "--lang", "ja");

        Assert.Contains("pending since 2026-12-26", english.Output, StringComparison.Ordinal);
        Assert.Contains("降格が保留中", japanese.Output, StringComparison.Ordinal);
    }

    private static async Task<TestStore> EvaluatedTwiceAsync(StoreKind kind)
    {
        var store = await TestStore.CreateAsync(kind);
        Assert.Equal(0, Attain.Run("import", Attain.Samples, "--db", store.Db).ExitCode);
        Assert.Equal(0, Attain.Run("evaluate", "--db", store.Db, "--all", "--as-of", LastYear, "--format", "json").ExitCode);
        Assert.Equal(0, Attain.Run("evaluate", "--db", store.Db, "--all", "--as-of", Attain.AsOf, "--format", "json").ExitCode);
        return store;
    }

    /// <summary>A partner whose level fell between the two evaluations, the level it fell to, and one that kept its level (not gold).</summary>
    private static (string Lapsed, string To, string Renewed) Lapsed(TestStore store)
    {
        var before = Levels(Attain.Run("evaluate", "--db", store.Db, "--all", "--as-of", LastYear, "--format", "json"));
        var after = Levels(Attain.Run("evaluate", "--db", store.Db, "--all", "--as-of", Attain.AsOf, "--format", "json"));
        var lapsed = before.Keys.Order().First(id => Rank(after[id]) < Rank(before[id]));
        var renewed = before.Keys.Order().First(id => before[id] == after[id] && before[id] == "silver");
        return (lapsed, after[lapsed], renewed);
    }

    private static JsonElement One(TestStore store, string partner, string asOf) =>
        JsonDocument.Parse(Run("membership", "--db", store.Db, "--as-of", asOf, "--partner", partner, "--format", "json").Output).RootElement[0];

    private static Attain Run(params string[] args)
    {
        var run = Attain.Run(args);
        Assert.True(run.ExitCode == 0, run.Error);
        return run;
    }

    private static Dictionary<string, string> Levels(Attain evaluation) =>
        JsonDocument.Parse(evaluation.Output).RootElement.EnumerateArray()
            .ToDictionary(partner => partner.GetProperty("partnerId").GetString()!, partner => partner.GetProperty("level").GetString()!);

    private static (string?, string?, string?) Held(JsonElement partner) =>
        (partner.GetProperty("heldLevel").GetString(), partner.GetProperty("attainedOn").GetString(), partner.GetProperty("anniversary").GetString());

    private static int Rank(string level) => level switch { "gold" => 2, "silver" => 1, _ => 0 };
}
