namespace Attain.Tokens;

/// <summary>
/// What a signed-in user's token says: a role, and for a partner the one organisation it may see. The same
/// names are used by local tokens, the cookie sign-in of the pages and any OpenID Connect provider configured
/// to issue them, so authorization has one vocabulary.
/// </summary>
public static class AttainClaims
{
    public const string Role = "role";

    public const string Partner = "partner_id";

    public const string Subject = "sub";

    public const string OperatorRole = "operator";

    public const string PartnerRole = "partner";

    /// <summary>The issuer and audience of tokens minted with the local key (not used with an OIDC authority).</summary>
    public const string LocalIssuer = "attain-local";

    public const string Audience = "attain";
}
