using Attain.Data.Store.Import;
using Attain.Program.Jobs;

namespace Attain.Web.Jobs;

/// <summary>What <see cref="JobGate.AdmitAsync"/> did: created <see cref="Job"/>, or was refused because of <see cref="Busy"/>, or the import was rejected (<see cref="Import"/> has the problems).</summary>
public sealed record Admission(Job? Job, Job? Busy, ImportOutcome? Import);
