namespace CmsRules.Core.Language.Runtime;

/// <summary>
/// The values of a shared sum over each row's children, filled for every row at once (see
/// <see cref="Compilation.ParentSums"/>). A sum of no rows is 0, never null, and every fill writes every total, so one
/// epoch stands for them all, where a <see cref="FieldCache{T}"/> keeps a nullable value and an epoch for each row.
/// </summary>
public sealed class ParentTotals(int rows)
{
    public readonly long[] Values = new long[rows];

    /// <summary>The context's epoch the totals were filled in.</summary>
    public int Epoch;

    /// <summary>Starts a fill in <paramref name="epoch"/>: every total 0.</summary>
    public void Restart(int epoch)
    {
        Array.Clear(Values);
        Epoch = epoch;
    }
}
