namespace Attain.Program.Evaluation;

/// <summary>
/// A partner whose level an evaluation changed: from the level the lists showed before to the one it found, as the read
/// model names levels ("gold", "silver", "none"); <see cref="Up"/> when the new level ranks higher.
/// </summary>
public sealed record PartnerLevelChange(string PartnerId, string Name, string From, string To, bool Up);
