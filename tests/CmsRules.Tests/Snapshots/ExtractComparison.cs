using CmsRules.Core.Storage;

namespace CmsRules.Tests.Snapshots;

/// <summary>Asserts two extracts hold the same tables, in the same order, with equal columns: values, nulls and string dictionaries.</summary>
internal static class ExtractComparison
{
    public static void ShouldHoldTheSame(this Extract actual, Extract expected)
    {
        actual.Tables.Select(t => t.Name).ShouldBe(expected.Tables.Select(t => t.Name));
        for (var t = 0; t < expected.Tables.Count; t++) actual.Tables[t].ShouldHoldTheSame(expected.Tables[t]);
    }

    public static void ShouldHoldTheSame(this Table actual, Table expected)
    {
        actual.Schema.ShouldBeSameAs(expected.Schema);
        actual.RowCount.ShouldBe(expected.RowCount, expected.Name);
        for (var c = 0; c < expected.Columns.Count; c++)
        {
            var (a, e) = (actual.Columns[c], expected.Columns[c]);
            var name = $"{expected.Name}.{e.Schema.Name}";
            a.GetType().ShouldBe(e.GetType(), name);
            a.Schema.ShouldBeSameAs(e.Schema, name);
            (a.Nulls is null).ShouldBe(e.Nulls is null, name);
            if (e.Nulls is { } nulls) a.Nulls!.Bits.ToArray().ShouldBe(nulls.Bits.ToArray(), name);
            switch (e)
            {
                case Int64Column x: ((Int64Column)a).Values.ShouldBe(x.Values, name); break;
                case DateColumn x: ((DateColumn)a).Days.ShouldBe(x.Days, name); break;
                case BoolColumn x: ((BoolColumn)a).Values.ShouldBe(x.Values, name); break;
                case EnumColumn x: ((EnumColumn)a).Codes.ShouldBe(x.Codes, name); break;
                case StringColumn x:
                    ((StringColumn)a).Dictionary.ShouldBe(x.Dictionary, name);
                    ((StringColumn)a).Ids.ShouldBe(x.Ids, name);
                    break;
                default: throw new InvalidOperationException($"no comparison for {e.GetType().Name}");
            }
        }
    }
}
