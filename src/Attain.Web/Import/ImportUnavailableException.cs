namespace Attain.Web.Import;

/// <summary>
/// The server cannot take an import now for a reason of its own (its temporary folder is missing or full), not
/// because of the upload: answered 503 with this message, never a 500 with a stack trace.
/// </summary>
public sealed class ImportUnavailableException : Exception
{
    public ImportUnavailableException()
    {
    }

    public ImportUnavailableException(string message)
        : base(message)
    {
    }

    public ImportUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
