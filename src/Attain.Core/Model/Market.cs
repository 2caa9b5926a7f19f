namespace Attain.Core.Model;

/// <summary>The market a partner's country belongs to; revenue thresholds depend on it (SPEC §1).</summary>
public enum Market
{
    Developed,
    Developing,
}
