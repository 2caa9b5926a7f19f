namespace Attain.Web.Access;

/// <summary>
/// Authorization policy names. Signed-in partners and operators pass the default policy; <see cref="Operator"/>
/// is the operator's alone; <see cref="OwnPartner"/> guards every route with a partner {id}.
/// </summary>
public static class AttainPolicies
{
    public const string Operator = "operator";

    public const string OwnPartner = "own-partner";
}
