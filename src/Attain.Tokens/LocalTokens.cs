using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Attain.Tokens;

/// <summary>Mints and checks tokens signed with the <see cref="LocalSigningKey"/>.</summary>
public static class LocalTokens
{
    public static string Mint(SecurityKey key, string role, string? partnerId, TimeSpan lifetime, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        if (role is not (AttainClaims.OperatorRole or AttainClaims.PartnerRole))
        {
            throw new ArgumentException($"The role must be '{AttainClaims.OperatorRole}' or '{AttainClaims.PartnerRole}'.", nameof(role));
        }

        if (role == AttainClaims.PartnerRole && string.IsNullOrWhiteSpace(partnerId))
        {
            throw new ArgumentException("A partner token names its partner.", nameof(partnerId));
        }

        var claims = new List<Claim>
        {
            new(AttainClaims.Subject, role == AttainClaims.PartnerRole ? $"partner:{partnerId}" : "operator"),
            new(AttainClaims.Role, role),
        };
        if (role == AttainClaims.PartnerRole)
        {
            claims.Add(new Claim(AttainClaims.Partner, partnerId!));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = AttainClaims.LocalIssuer,
            Audience = AttainClaims.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
    }

    public static TokenValidationParameters ValidationParameters(SecurityKey key) => new()
    {
        ValidIssuer = AttainClaims.LocalIssuer,
        ValidAudience = AttainClaims.Audience,
        IssuerSigningKey = key,
        NameClaimType = AttainClaims.Subject,
        RoleClaimType = AttainClaims.Role,
    };
}
