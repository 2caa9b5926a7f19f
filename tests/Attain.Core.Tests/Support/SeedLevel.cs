namespace Attain.Core.Tests.Support;

/// <summary>One level as the seed page states it.</summary>
/// <param name="AppCount">"N individual(s) must pass one of the following exams" (the app exams).</param>
/// <param name="DeploymentCount">"The same (N) individual(s) also must pass" (the deployment exams).</param>
/// <param name="CustomizationCount">"The other (N) individual(s) must pass" (the customization exams).</param>
public sealed record SeedLevel(
    string Level,
    decimal DevelopedThreshold,
    decimal DevelopingThreshold,
    int Individuals,
    int AppCount,
    int DeploymentCount,
    int CustomizationCount,
    IReadOnlyList<SeedExam> AppExams,
    IReadOnlyList<SeedExam> DeploymentExams,
    IReadOnlyList<SeedExam> CustomizationExams);
