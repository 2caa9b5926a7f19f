using Attain.Core;

namespace Attain.Data.Tests.Folder;

internal static class ProblemAssert
{
    /// <summary>The problem is at that file, line and column, and its message says <paramref name="saying"/>.</summary>
    public static void At(Problem problem, string file, int? line, string? column, string saying)
    {
        Assert.Equal((file, line, column), (problem.Source, problem.Line, problem.Location));
        Assert.Contains(saying, problem.Message, StringComparison.Ordinal);
    }
}
