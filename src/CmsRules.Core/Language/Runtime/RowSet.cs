namespace CmsRules.Core.Language.Runtime;

/// <summary>
/// The rows an aggregate expression runs over: the first <see cref="Count"/> entries of <see cref="Rows"/>. Arrays of
/// rows come uncleared, and may be longer than the count (see <see cref="RowArrays"/>): entries past it are garbage.
/// </summary>
public readonly record struct RowSet(int[] Rows, int Count)
{
    public static RowSet All(int rowCount)
    {
        var rows = GC.AllocateUninitializedArray<int>(rowCount);
        for (var i = 0; i < rowCount; i++) rows[i] = i;
        return new RowSet(rows, rowCount);
    }
}
