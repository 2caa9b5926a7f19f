using Attain.Core.Model;

namespace Attain.Web.Summary;

/// <summary>How many partners hold a level in a market.</summary>
public sealed record LevelMarketCount(string Level, Market Market, int Partners);
