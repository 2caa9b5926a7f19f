using Attain.Core.Model;

namespace Attain.Program.Summary;

/// <summary>How many partners hold a level ("none" included) in a market.</summary>
public sealed record LevelMarketCount(string Level, Market Market, int Partners);
