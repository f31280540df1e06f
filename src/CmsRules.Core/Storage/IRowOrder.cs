namespace CmsRules.Core.Storage;

/// <summary>A table's rows in an order of their own (by a date, say), in which per-row values can be laid out.</summary>
public interface IRowOrder
{
    /// <summary>The values of the rows taken, in this order: <paramref name="values"/> has one per row of the table.</summary>
    T[] Apply<T>(T[] values);
}
