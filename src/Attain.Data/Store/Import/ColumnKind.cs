namespace Attain.Data.Store.Import;

/// <summary>The kinds of value the import (and the read model's writer) moves; each provider's stager knows how to send each one.</summary>
public enum ColumnKind
{
    Text,
    Date,
    NullableDate,
    Money,
    Number,
    BigNumber,
    Flag,
}
