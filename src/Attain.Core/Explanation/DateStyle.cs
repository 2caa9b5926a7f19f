namespace Attain.Core.Explanation;

/// <summary>How the explanation's sentences write dates: ISO (the command line, the API), or spelled out in the language, the long date form (pages).</summary>
public enum DateStyle
{
    Iso,
    Spelled,
}
