using Attain.Core.Model;

namespace Attain.Core.Planning;

/// <summary>The TTM figure on a first of the month: the past as reported, or projected with no new revenue.</summary>
public sealed record TtmPoint(DateOnly On, Usd Ttm);
