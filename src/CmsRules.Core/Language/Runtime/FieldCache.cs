namespace CmsRules.Core.Language.Runtime;

/// <summary>
/// The values of one field use (a field and its arguments) on the rows of its table, kept while the period and the
/// assumptions stay the same: each value carries the context's epoch it was computed in, so changing the period
/// invalidates them all without clearing anything.
/// </summary>
public sealed class FieldCache<T>(int rows)
{
    public readonly T[] Values = GC.AllocateUninitializedArray<T>(rows); // read only where the epoch says it was written
    public readonly int[] Epochs = new int[rows];
}
