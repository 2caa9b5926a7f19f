namespace Attain.Core.Model;

/// <summary>The partner is Digital Partner of Record for the customer over the period (SPEC §2).</summary>
public sealed record DporInterval(CustomerId Customer, DateInterval Period);
