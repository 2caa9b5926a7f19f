namespace Attain.Program.Jobs;

/// <summary>What a job does: evaluate the program after an import, or evaluate it on its own.</summary>
public enum JobKind
{
    Import,
    Evaluation,
}
