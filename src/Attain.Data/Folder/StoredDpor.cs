using Attain.Core.Model;

namespace Attain.Data.Folder;

/// <summary>
/// A DPOR interval already in the store. A folder imported on top of the store must not overlap one of them,
/// unless it replaces it: a folder row with the same customer and start is the same interval, updated.
/// </summary>
public sealed record StoredDpor(CustomerId Customer, PartnerId Partner, DateOnly From, DateOnly? To);
