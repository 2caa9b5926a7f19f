using Attain.Web.Tests.Support;

namespace Attain.Web.Tests.Membership;

/// <summary>One app with the sample's membership history for the tests that read, or whose decisions are refused.</summary>
[CollectionDefinition(Name)]
public sealed class MembershipFixture : ICollectionFixture<MembershipApplication>
{
    public const string Name = "membership";
}
