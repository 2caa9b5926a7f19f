using Attain.Core.Model;

namespace Attain.Core.Catalog;

/// <summary>A product revenue may be reported for; only qualifying products count towards the competency.</summary>
public sealed record Product(ProductCode Code, string Name, bool Qualifies);
