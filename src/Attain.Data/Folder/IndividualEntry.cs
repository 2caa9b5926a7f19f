using Attain.Core.Model;

namespace Attain.Data.Folder;

/// <summary>
/// One individual as listed in individuals.csv, gathering the exam passes that name it. A row with a problem still
/// makes an entry (without <see cref="Details"/>), so passes of that individual are not reported as unknown too. An
/// import keeps no details either: its rows are written as they are read, and a million entries stay small.
/// </summary>
internal sealed class IndividualEntry(IndividualId id, int line)
{
    private List<ExamPass>? _passes; // most people pass a handful of exams; many pass none

    public IndividualId Id { get; } = id;

    /// <summary>The line the individual is first listed on.</summary>
    public int Line { get; } = line;

    /// <summary>The partner, name and association, when the row was read without a problem.</summary>
    public IndividualDetails? Details { get; set; }

    public void AddPass(ExamPass pass) => (_passes ??= []).Add(pass);

    public Individual ToIndividual(string name, DateInterval association) => new(Id, name, association, _passes ?? []);
}

/// <summary>What individuals.csv says of an individual besides its id.</summary>
internal sealed record IndividualDetails(PartnerId Partner, string Name, DateInterval Association);
