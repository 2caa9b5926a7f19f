using System.Security.Claims;
using Attain.Core.Model;
using Attain.Program;
using Attain.Program.Evaluation;
using Attain.Program.Membership;
using Attain.Web.Access;
using Attain.Web.Evaluation;
using Attain.Web.Setup.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Attain.Web.Membership;

/// <summary>
/// Membership (SPEC §6). /api/partners/{id}/membership: the level the partner holds, replayed live as of any date, open
/// to the operator and that partner; the decisions under it are the operator's alone (a partner sees, cannot act).
/// /api/program/reminders: the operator's reminders from the read model of the stored evaluation, like every list.
/// </summary>
public static class MembershipApi
{
    private static readonly (string Kind, string Summary)[] Decisions =
    [
        (DecisionLog.Approve, "Approve the pending demotion: the lower level applies from on (default today). 400 when no demotion is pending."),
        (DecisionLog.Defer, "Defer the pending demotion: the level is kept from on until until (default 3 months after on, at most 12)."),
        (DecisionLog.Override, "Grant at least level from on (default today) until until (default 3 months, at most 12), with a reason."),
        (DecisionLog.Revoke, "End the override recorded as decision override from on (default today)."),
    ];

    public static RouteGroupBuilder MapPartnerMembership(this RouteGroupBuilder group)
    {
        group.WithTags("Membership").RequireAuthorization(AttainPolicies.OwnPartner)
            .ProducesProblems(401, 403);
        group.MapGet("/", Get)
            .ProducesProblems(400, 404)
            .WithSummary("The level the partner holds as of asOf (default today): attained on, anniversary, renewal window, at risk and why, pending demotion, override, reminders.");
        foreach (var (kind, summary) in Decisions)
        {
            group.MapPost("/" + kind, (string id, DecisionBody? body, ClaimsPrincipal user, AttainProgram program, CancellationToken cancellationToken) =>
                    DecideAsync(id, kind, body, user, program, cancellationToken))
                .RequireAuthorization(AttainPolicies.Operator)
                .ProducesProblems(400, 404)
                .WithSummary(summary);
        }

        return group;
    }

    public static RouteGroupBuilder MapReminders(this RouteGroupBuilder group)
    {
        group.WithTags("Membership").RequireAuthorization(AttainPolicies.Operator)
            .ProducesProblems(401, 403);
        group.MapGet("/", Reminders)
            .ProducesProblems(400, 409)
            .WithSummary("Partners with a reminder on the stored evaluation's date, soonest first: anniversary within 15 days, window open and not renewed (second reminder from day 23), demotion pending, override ending within 30 days; filter by level, market, kind; counts per kind.");
        return group;
    }

    private static async Task<Results<Ok<MembershipDocument>, ProblemHttpResult>> Get(string id, string? asOf, AttainProgram program, CancellationToken cancellationToken)
    {
        if (!QueryValue.TryAsOf(asOf, program.Today, out var day, out var error))
        {
            return ApiProblem.BadRequest(error!);
        }

        return await PartnerMemberships.LoadAsync(program, new PartnerId(id), day, cancellationToken) is { } view
            ? TypedResults.Ok(MembershipDocument.Of(view))
            : ApiProblem.PartnerNotFound(id);
    }

    private static async Task<Results<Ok<MembershipPage>, ProblemHttpResult>> Reminders(
        AttainProgram program, string? level, string? market, string? kind, string? asOf, string? page, string? pageSize, CancellationToken cancellationToken)
    {
        if (!MembershipQueryValues.TryParse(Levels(program), level, market, kind, page, pageSize, out var query, out var error)
            || !QueryValue.TryDate(asOf, "asOf", out var day, out error))
        {
            return ApiProblem.BadRequest(error!);
        }

        var stored = await StoredEvaluation.LatestAsync(program.Db, cancellationToken);
        if (StoredEvaluation.Gap(stored, day) is { } gap)
        {
            return ApiProblem.NotEvaluated(gap);
        }

        return TypedResults.Ok(await MembershipLists.RemindersAsync(program.Db, stored!, query, cancellationToken));
    }

    private static async Task<Results<Ok<DecisionResponse>, ProblemHttpResult>> DecideAsync(
        string id, string kind, DecisionBody? body, ClaimsPrincipal user, AttainProgram program, CancellationToken cancellationToken)
    {
        body ??= new DecisionBody();
        if (!QueryValue.TryDate(body.On, "on", out var on, out var error) || !QueryValue.TryDate(body.Until, "until", out var until, out error))
        {
            return ApiProblem.BadRequest(error!);
        }

        if (kind == DecisionLog.Override && string.IsNullOrWhiteSpace(body.Level))
        {
            return ApiProblem.BadRequest($"level: an override names the level it grants, one of {string.Join(", ", Levels(program))}.");
        }

        if (kind == DecisionLog.Revoke && body.Override is null)
        {
            return ApiProblem.BadRequest("override: name the override to revoke by its decision number.");
        }

        var request = new DecisionRequest(
            new PartnerId(id), kind, Deciders.Name(user), body.Reason ?? string.Empty, on, until,
            body.Level is { Length: > 0 } level ? new LevelId(level) : null, body.Override);
        var outcome = await MembershipDecisions.RecordAsync(program, request, cancellationToken);
        if (outcome.UnknownPartner)
        {
            return ApiProblem.PartnerNotFound(id);
        }

        if (outcome.Refusal is { } refusal)
        {
            return ApiProblem.BadRequest(DecisionProblems.Describe(refusal, request, on ?? program.Today, Levels(program)));
        }

        return TypedResults.Ok(DecisionResponse.Of(outcome.Decision!, outcome.Membership!));
    }

    private static string[] Levels(AttainProgram program) => [.. program.Catalog.Latest.Levels.Select(known => known.Id.Value)];
}
