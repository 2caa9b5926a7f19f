namespace Attain.Cli;

/// <summary>SPEC §4: 0 when the data was valid (whatever the levels), 2 on bad input, 1 on any other failure.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int BadInput = 2;
}
