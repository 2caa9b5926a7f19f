namespace Attain.Core.Serialization;

/// <summary>Machine-readable level names beyond the catalog's own.</summary>
public static class LevelNames
{
    /// <summary>SPEC §4: the level of a partner that holds none.</summary>
    public const string None = "none";
}
