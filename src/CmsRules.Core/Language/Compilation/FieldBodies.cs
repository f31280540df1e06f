using System.Collections.Concurrent;
using System.Linq.Expressions;
using CmsRules.Core.Language.Binding;
using CmsRules.Core.Language.Runtime;

namespace CmsRules.Core.Language.Compilation;

/// <summary>
/// The body of each shared field (see <see cref="FieldSharing"/>) compiled once, as a delegate of (context, the
/// field's row), which a use calls when the shared value is missing. Written out at every use instead, a body and the
/// fields inside it would be copied many times over into one method (a breakdown naming `service_type_at_end` four
/// times), and the JIT compiles a method that large without optimising it.
/// </summary>
internal sealed class FieldBodies(RuntimeLayout layout)
{
    private readonly ConcurrentDictionary<string, Lazy<Delegate>> _compiled = new();
    private readonly ConcurrentDictionary<string, Lazy<Action<EvalContext, ParentTotals, int>>> _fills = new();

    /// <summary>The compiled body of the field use with this sharing key: a Func of (EvalContext, row, value).</summary>
    public Delegate Of(string key, BoundField field) =>
        _compiled.GetOrAdd(key, _ => new Lazy<Delegate>(() => Compile(field))).Value;

    /// <summary>The compiled fill, for every parent row at once, of the field use with this sharing key (see <see cref="ParentSums"/>).</summary>
    public Action<EvalContext, ParentTotals, int> FillOf(string key, ParentSums sums) =>
        _fills.GetOrAdd(key, _ => new Lazy<Action<EvalContext, ParentTotals, int>>(() => CompileFill(sums))).Value;

    private Action<EvalContext, ParentTotals, int> CompileFill(ParentSums sums)
    {
        var context = Expression.Parameter(typeof(EvalContext), "context");
        var cache = Expression.Parameter(typeof(ParentTotals), "totals");
        var epoch = Expression.Parameter(typeof(int), "epoch");
        var translator = new Translator(layout, context, null, this, hoist: true);
        var fill = translator.FillAll(sums, cache, epoch);
        var body = Expression.Block(translator.HoistedVariables, [.. translator.HoistedLoads, fill]);
        return Expression.Lambda<Action<EvalContext, ParentTotals, int>>(body, context, cache, epoch).Compile();
    }

    private Delegate Compile(BoundField field)
    {
        var context = Expression.Parameter(typeof(EvalContext), "context");
        var row = Expression.Parameter(typeof(int), "fieldRow");
        var translator = new Translator(layout, context, null, this);
        translator.BindRow(Translator.FieldRow, row);
        var body = translator.Translate(Rebased(field.Body, field.Row));
        var type = typeof(Func<,,>).MakeGenericType(typeof(EvalContext), typeof(int), ClrTypes.Of(field.Type));
        return Expression.Lambda(type, body, context, row).Compile();
    }

    /// <summary>The body read from the field's own row, held in <see cref="Translator.FieldRow"/>, instead of the row of its use.</summary>
    private static BoundExpr Rebased(BoundExpr body, RowRef fieldRow)
    {
        RowRef On(RowRef row) => row.Equals(fieldRow) ? new RowVariable(Translator.FieldRow) : row is ParentRow p ? p with { Child = On(p.Child) } : row;
        return BoundTree.Rewrite(body, e => e switch
        {
            BoundColumn c => c with { Row = On(c.Row) },
            BoundField f => f with { Row = On(f.Row) },
            BoundAggregate { Source: ChildRowsSource s } a => a with { Source = s with { Parent = On(s.Parent) } },
            _ => e,
        });
    }
}
