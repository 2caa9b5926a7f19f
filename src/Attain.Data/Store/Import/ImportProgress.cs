namespace Attain.Data.Store.Import;

/// <summary>How far an import is: <paramref name="Done"/> of <paramref name="Total"/> rows of one stage.</summary>
public sealed record ImportProgress(string Stage, long Done, long Total);
