namespace Attain.Program.Jobs;

/// <summary>Where a job is: waiting for the runner, running, or finished one way or the other.</summary>
public enum JobState
{
    Queued,
    Running,
    Succeeded,
    Failed,
}
