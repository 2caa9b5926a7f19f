using System.Globalization;
using Attain.Core.Model;
using Attain.Data.Store.Evaluation;
using Attain.Program;
using Attain.Program.Impact;
using Attain.Web.Access;
using Attain.Web.Evaluation;
using Attain.Web.Setup.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Attain.Web.Impact;

/// <summary>
/// /api/program/catalog-impact (the operator's): POST a proposed catalog, get 202 and where to read the run; GET it for
/// progress, then the counts per transition and a page of the partners whose level would change. Nothing is stored.
/// </summary>
public static class ImpactApi
{
    public const int DefaultPageSize = 50;

    public static RouteGroupBuilder MapCatalogImpact(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapPost("/catalog-impact", Start)
            .RequireAuthorization(AttainPolicies.Operator)
            .Accepts<System.Text.Json.JsonElement>("application/json")
            .WithTags("Program")
            .WithSummary("Evaluate every stored partner as of asOf (default today) under the catalog version in force and under the proposed catalog's latest version (the body, the format of catalog/cloud-crm.json, at most Attain:CatalogLimitBytes). 202 with the run to poll; 400 naming the JSON path of every problem; 413 over the limit; 409 while another impact runs. Nothing is stored.");
        group.MapGet("/catalog-impact/{runId}", Read)
            .RequireAuthorization(AttainPolicies.Operator)
            .WithName("CatalogImpact")
            .ProducesProblems(404)
            .WithTags("Program")
            .WithSummary("An impact run: state (running, succeeded, failed) and progress; once succeeded, the counts per transition and a page of the partners whose level would change, filtered by fromLevel, toLevel (level ids, none) and market (developed, developing).");
        return group;
    }

    public static string Location(ImpactRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return $"/api/program/catalog-impact/{run.Id:N}";
    }

    private static async Task<Results<Accepted<ImpactRunView>, ProblemHttpResult>> Start(
        string? asOf, HttpRequest request, AttainProgram program, Proposal proposal, ImpactRuns runs, CancellationToken cancellationToken)
    {
        if (!QueryValue.TryAsOf(asOf, program.Today, out var day, out var error))
        {
            return ApiProblem.BadRequest(error!);
        }

        if (request.ContentLength > proposal.LimitBytes || await proposal.ReadLimitedAsync(request.Body, cancellationToken) is not { } bytes)
        {
            return TooLarge(proposal.LimitBytes);
        }

        var read = await proposal.ReadAsync(bytes, "proposal.json", cancellationToken);
        if (!read.IsValid)
        {
            return ApiProblem.BadRequest([.. read.Problems.Select(problem => problem.ToString())]);
        }

        var total = await StoredFacts.CountPartnersAsync(program.Db, cancellationToken);
        return runs.TryStart(read.Value!, "proposal.json", day, total) is { } run
            ? TypedResults.Accepted(Location(run), View(run, new ImpactFilter(), 1, DefaultPageSize))
            : Busy(runs.Running);
    }

    private static Results<Ok<ImpactRunView>, ProblemHttpResult> Read(
        string runId, string? fromLevel, string? toLevel, string? market, string? page, string? pageSize, ImpactRuns runs)
    {
        if (runs.Find(runId) is not { } run)
        {
            return TypedResults.Problem($"There is no catalog impact '{runId}' (runs are kept for an hour, in memory).", statusCode: StatusCodes.Status404NotFound, title: "No such impact run.");
        }

        if (!TryFilter(fromLevel, toLevel, market, out var filter, out var error)
            || !QueryValue.TryInt(page, "page", 1, 1, int.MaxValue, out var number, out error)
            || !QueryValue.TryInt(pageSize, "pageSize", DefaultPageSize, 1, 1000, out var size, out error))
        {
            return ApiProblem.BadRequest(error!);
        }

        return TypedResults.Ok(View(run, filter, number, size));
    }

    /// <summary>The filters of the page and the API: a market must be one; levels are compared as given (an unknown one matches nobody).</summary>
    public static bool TryFilter(string? from, string? to, string? market, out ImpactFilter filter, out string? error)
    {
        error = null;
        filter = new ImpactFilter(Blank(from), Blank(to));
        switch (Blank(market))
        {
            case null:
                return true;
            case "developed":
                filter = filter with { Market = Market.Developed };
                return true;
            case "developing":
                filter = filter with { Market = Market.Developing };
                return true;
            default:
                error = $"market: '{market}' is not a market; use developed or developing.";
                return false;
        }
    }

    private static ImpactRunView View(ImpactRun run, ImpactFilter filter, int page, int pageSize)
    {
        var result = run.Result;
        var matching = result?.Where(filter).ToList();
        return new ImpactRunView(
            run.Id.ToString("N"),
            result is not null ? "succeeded" : run.Failure is not null ? "failed" : "running",
            run.Proposal,
            run.AsOf,
            run.Total,
            run.Done,
            run.Failure,
            result?.VersionInForce,
            result?.VersionProposed,
            result?.Transitions().Select(count => new ImpactTransitionView(count.Transition.FromKey, count.Transition.ToKey, count.Partners)).ToList(),
            matching?.Count,
            page,
            pageSize,
            matching?.Skip((int)Math.Min((long)(page - 1) * pageSize, int.MaxValue)).Take(pageSize)
                .Select(partner => new ImpactPartnerView(
                    partner.PartnerId.Value,
                    partner.Name,
                    partner.Market == Market.Developed ? "developed" : "developing",
                    partner.Transition.FromKey,
                    partner.Transition.ToKey,
                    partner.Reasons))
                .ToList());
    }

    private static ProblemHttpResult TooLarge(long limit) =>
        TypedResults.Problem(
            string.Create(CultureInfo.InvariantCulture, $"A proposed catalog may be at most {limit} bytes (Attain:CatalogLimitBytes)."),
            statusCode: StatusCodes.Status413PayloadTooLarge,
            title: "The proposed catalog is too large.");

    private static ProblemHttpResult Busy(ImpactRun? running) =>
        TypedResults.Problem(
            running is null ? "Another catalog impact is starting; send this again." : $"A catalog impact is running ({Location(running)}); one runs at a time. Wait for it and send this again.",
            statusCode: StatusCodes.Status409Conflict,
            title: "Another catalog impact is running.",
            extensions: running is null ? null : new Dictionary<string, object?> { ["impact"] = Location(running) });

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
