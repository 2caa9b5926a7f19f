using Attain.Core.Model;

namespace Attain.Core.Evaluation;

/// <summary>An individual who counts today and leaves the partner on <see cref="LeavesOn"/> (their associated_to, SPEC §2).</summary>
public sealed record Departure(IndividualId Individual, string Name, DateOnly LeavesOn);
