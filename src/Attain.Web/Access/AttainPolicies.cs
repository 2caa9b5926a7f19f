namespace Attain.Web.Access;

/// <summary>Authorization policy names. Signed-in partners and operators pass the default policy; this one is the operator's alone.</summary>
public static class AttainPolicies
{
    public const string Operator = "operator";
}
