using Attain.Web.Tests.Support;

namespace Attain.Web.Tests.Api;

/// <summary>One app for the read-only API tests (what-if stores nothing, so it belongs here too).</summary>
[CollectionDefinition(Name)]
public sealed class ApiFixture : ICollectionFixture<AttainWebApplication>
{
    public const string Name = "api";
}
