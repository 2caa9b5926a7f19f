using System.CommandLine;
using Attain.Tokens;

namespace Attain.Cli.Token;

/// <summary>
/// `attain token --role operator|partner [--partner ID]`: a bearer token for the web API, signed with this
/// machine's local key (<see cref="LocalSigningKey"/>), as `dotnet user-jwts` does for development. The token
/// alone goes to standard output, so that `TOKEN=$(attain token …)` works.
/// </summary>
public static class TokenCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var role = new Option<string>("--role") { Description = "operator (the whole program) or partner (one organisation).", Required = true };
        role.AcceptOnlyFromAmong(AttainClaims.OperatorRole, AttainClaims.PartnerRole);
        var partner = new Option<string?>("--partner") { Description = "The partner id a partner token is limited to (required with --role partner)." };
        var days = new Option<int>("--days") { Description = "How many days the token is valid.", DefaultValueFactory = _ => 7 };
        var key = new Option<FileInfo?>("--key") { Description = $"The signing key file (default: ${LocalSigningKey.EnvironmentVariable}, else ~/.attain/signing-key; created if missing)." };
        var command = new Command("token", "Mint a signed bearer token for the web API, for local use.") { role, partner, days, key };
        command.SetAction(parsed => Run(parsed.GetRequiredValue(role), parsed.GetValue(partner), parsed.GetValue(days), parsed.GetValue(key)?.FullName, output, error));
        return command;
    }

    public static int Run(string role, string? partner, int days, string? keyPath, TextWriter output, TextWriter error)
    {
        if (role == AttainClaims.PartnerRole && string.IsNullOrWhiteSpace(partner))
        {
            error.WriteLine("token: --role partner needs --partner ID (the organisation the token may see).");
            return ExitCodes.BadInput;
        }

        if (role == AttainClaims.OperatorRole && partner is not null)
        {
            error.WriteLine("token: an operator token sees every partner; --partner goes with --role partner only.");
            return ExitCodes.BadInput;
        }

        if (days is < 1 or > 366)
        {
            error.WriteLine("token: --days must be between 1 and 366.");
            return ExitCodes.BadInput;
        }

        var signingKey = LocalSigningKey.LoadOrCreate(keyPath);
        output.WriteLine(LocalTokens.Mint(signingKey, role, partner, TimeSpan.FromDays(days), TimeProvider.System));
        error.WriteLine(Language.Say(role == AttainClaims.OperatorRole ? CliTexts.Token_Operator : CliTexts.Token_Partner, days, keyPath ?? LocalSigningKey.DefaultPath, partner));
        return ExitCodes.Success;
    }
}
