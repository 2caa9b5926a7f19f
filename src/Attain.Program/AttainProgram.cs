using Attain.Core.Catalog;
using Attain.Data.Store;

namespace Attain.Program;

/// <summary>
/// What every use case works on: the store (its <see cref="AttainDbContext"/> is the unit of work), the catalog
/// and the text it was read from (the store versions the catalog by it), and the clock that says what today is.
/// A host makes one per command or request; the use cases are the static classes of this project.
/// </summary>
public sealed class AttainProgram(AttainDbContext db, VersionedCatalog catalog, CatalogSource source, TimeProvider clock)
{
    public AttainDbContext Db => db;

    public VersionedCatalog Catalog => catalog;

    public CatalogSource Source => source;

    public TimeProvider Clock => clock;

    /// <summary>SPEC §2: the as-of date defaults to today, UTC.</summary>
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
