using System.Linq.Expressions;
using CmsRules.Core.Language.Binding;
using CmsRules.Core.Language.Runtime;
using CmsRules.Core.Schema;
using CmsRules.Core.Storage;
using static System.Linq.Expressions.Expression;

namespace CmsRules.Core.Language.Compilation;

/// <summary>
/// Translates a bound tree into a System.Linq.Expressions body over typed column arrays. Every value is a
/// nullable CLR value (see <see cref="ClrTypes"/>); rows are ints held in variables, one per row variable.
/// </summary>
internal sealed partial class Translator(RuntimeLayout layout, ParameterExpression context, ParameterExpression? rowSet, FieldBodies bodies, bool hoist = false)
{
    /// <summary>The row variable of a field body compiled on its own (see <see cref="FieldBodies"/>): it may hold -1, a missing parent row.</summary>
    public const int FieldRow = -2; // the binder numbers its row variables from 0

    private readonly Dictionary<int, Expression> _rows = [];
    private readonly Dictionary<string, ParameterExpression> _hoisted = [];
    private readonly List<Expression> _hoistedLoads = [];

    public void BindRow(int variable, Expression row) => _rows[variable] = row;

    /// <summary>With hoisting, the columns and relations read, each loaded once into these variables by <see cref="HoistedLoads"/>.</summary>
    public IReadOnlyCollection<ParameterExpression> HoistedVariables => _hoisted.Values;

    public IReadOnlyList<Expression> HoistedLoads => _hoistedLoads;

    /// <summary>
    /// <c>context.Column(slot)</c> or <c>context.Relation(slot)</c>: inline for a per-row delegate, or, in a
    /// loop compiled whole (a batch filter), a variable loaded once before the loop.
    /// </summary>
    private Expression Load(string method, int slot, Type type)
    {
        Expression load = Call(context, method, null, Constant(slot));
        if (load.Type != type) load = Convert(load, type);
        return hoist ? Hoist($"{method}{slot}", load) : load;
    }

    /// <summary>A variable loaded once before the loop, by the first use of <paramref name="name"/>.</summary>
    private ParameterExpression Hoist(string name, Expression load)
    {
        if (_hoisted.TryGetValue(name, out var variable)) return variable;
        variable = Variable(load.Type, name);
        _hoisted[name] = variable;
        _hoistedLoads.Add(Assign(variable, load));
        return variable;
    }

    public Expression Translate(BoundExpr e) => e switch
    {
        BoundLiteral l => Literal(l),
        BoundColumn c => Column(c),
        BoundAssumption a => Assumption(a),
        BoundExternal x => ConvertTo(Call(context, nameof(EvalContext.External), null, Constant(x.Slot)), x.Type),
        BoundPeriod p => Convert(Field(context, p.IsEnd ? nameof(EvalContext.PeriodEndDay) : nameof(EvalContext.PeriodStartDay)), typeof(int?)),
        BoundField f => FieldSharing.KeyOf(f) is { } key ? SharedField(f, key) : Translate(f.Body),
        BoundUnary u => u.Op == BoundUnaryOp.Not ? Not(Translate(u.Operand)) : Negate(Translate(u.Operand)),
        BoundBinary b => Binary(b),
        BoundConvert c => Conversion(c),
        BoundIsNull n => IsNull(n),
        BoundCase c => Case(c),
        BoundCoalesce c => c.Args.Select(Translate).Reverse().Aggregate((rest, first) => Coalesce(first, rest)),
        BoundExtremum x => Extremum(x),
        BoundCall c => FunctionCall(c),
        BoundAggregate a => Aggregate(a),
        _ => throw new InvalidOperationException($"cannot compile {e.GetType().Name}"),
    };

    /// <summary>
    /// A shared field use: the value already computed for this row in this epoch, else the body (compiled once on its
    /// own, see <see cref="FieldBodies"/>), computed and kept. A missing parent row (-1) has nothing to share, so the body
    /// alone decides.
    /// </summary>
    private Expression SharedField(BoundField f, string key)
    {
        if (ParentSums.Of(f) is { } sums) return SharedSum(f, key, sums);
        var clr = ClrTypes.Of(f.Type);
        var cacheType = typeof(FieldCache<>).MakeGenericType(clr);
        var cache = Variable(cacheType, "cache");
        var row = Variable(typeof(int), "fieldRow");
        var epoch = Variable(typeof(int), "epoch");
        var value = Variable(clr, "value");
        var values = Field(cache, nameof(FieldCache<int>.Values));
        var epochs = Field(cache, nameof(FieldCache<int>.Epochs));
        var body = Invoke(Constant(bodies.Of(key, f)), context, row);
        return Block(clr, [cache, row, epoch, value],
            Assign(row, Row(f.Row)),
            Condition(LessThan(row, Constant(0)),
                body,
                Block(clr,
                    Assign(cache, Load(nameof(EvalContext.FieldCache), layout.FieldSlot(key, f.Field.Table, cacheType), cacheType)),
                    Assign(epoch, Field(context, nameof(EvalContext.Epoch))),
                    Condition(Equal(ArrayIndex(epochs, row), epoch),
                        ArrayIndex(values, row),
                        Block(clr,
                            Assign(value, body),
                            Assign(ArrayAccess(values, row), value),
                            Assign(ArrayAccess(epochs, row), epoch),
                            value)))));
    }

    /// <summary>
    /// A shared sum over the children (<see cref="ParentSums"/>): the row's total if the totals were filled in this epoch,
    /// else after filling them all. A missing parent row (-1) has no children, so 0.
    /// </summary>
    private Expression SharedSum(BoundField f, string key, ParentSums sums)
    {
        var cache = Variable(typeof(ParentTotals), "totals");
        var row = Variable(typeof(int), "fieldRow");
        var epoch = Variable(typeof(int), "epoch");
        var total = Convert(ArrayIndex(Field(cache, nameof(ParentTotals.Values)), row), typeof(long?));
        var slot = layout.FieldSlot(key, f.Field.Table, typeof(ParentTotals));
        return Block(typeof(long?), [cache, row, epoch],
            Assign(row, Row(f.Row)),
            Condition(LessThan(row, Constant(0)),
                Constant(0L, typeof(long?)),
                Block(typeof(long?),
                    Assign(cache, Load(nameof(EvalContext.FieldCache), slot, typeof(ParentTotals))),
                    Assign(epoch, Field(context, nameof(EvalContext.Epoch))),
                    Condition(Equal(Field(cache, nameof(ParentTotals.Epoch)), epoch),
                        total,
                        Block(typeof(long?), Invoke(Constant(bodies.FillOf(key, sums)), context, cache, epoch), total)))));
    }

    /// <summary>
    /// The body of a delegate filling a field for every parent row at once (see <see cref="ParentSums"/>): every total
    /// set to 0, then one loop over the children dated in range adding each child's part to its parent's total. The loop
    /// reads the rows the date index gives, in row order: next to each other in a table kept in date order, else found by
    /// a scan of the date column (see <see cref="DateIndex.Rows"/>). The translator must hoist: the columns are loaded
    /// once before the loop.
    /// </summary>
    public Expression FillAll(ParentSums sums, ParameterExpression cache, ParameterExpression epoch)
    {
        var range = sums.Range;
        var dates = Load(nameof(EvalContext.DateIndex), layout.DateIndexSlot(sums.Source.Relation.Child.Name, range.Date.Name), typeof(DateIndex));
        var totals = Field(cache, nameof(ParentTotals.Values));
        var (from, to) = (Variable(typeof(int?), "from"), Variable(typeof(int?), "to"));
        var (lower, upper) = (Add(Property(from, "Value"), Constant(range.LowerOffset)), Add(Property(to, "Value"), Constant(range.UpperOffset)));

        var (i, end) = (Variable(typeof(int), "i"), Variable(typeof(int), "end"));
        var (rows, rowArray, row) = (Variable(typeof(RowSet), "rows"), Variable(typeof(int[]), "rowArray"), Variable(typeof(int), "row"));
        var addEachChild = Block([rows, rowArray, row, i, end],
            Assign(rows, Call(dates, nameof(DateIndex.Rows), null, Convert(lower, typeof(int?)), Convert(upper, typeof(int?)),
                Property(context, nameof(EvalContext.Arrays)))),
            Assign(rowArray, Property(rows, nameof(RowSet.Rows))),
            Assign(i, Constant(0)),
            Assign(end, Property(rows, nameof(RowSet.Count))),
            AddEachChild(sums, totals, i, end, row, Assign(row, ArrayIndex(rowArray, i))));

        return Block([from, to],
            Call(cache, nameof(ParentTotals.Restart), null, epoch), // a sum or count of no rows is 0
            Assign(from, Translate(range.Lower!)),
            Assign(to, Translate(range.Upper!)),
            // An absent (optional) child table has no rows, and a null bound matches none.
            IfThen(AndAlso(NotEqual(dates, Constant(null, typeof(DateIndex))), AndAlso(Property(from, "HasValue"), Property(to, "HasValue"))),
                addEachChild));
    }

    /// <summary>A loop from <paramref name="i"/> to <paramref name="end"/> adding each child's part (the child
    /// <paramref name="child"/>, set by <paramref name="next"/>) to its parent's total.</summary>
    private Expression AddEachChild(ParentSums sums, Expression totals, ParameterExpression i, ParameterExpression end,
        ParameterExpression child, Expression next)
    {
        var (aggregate, range) = (sums.Aggregate, sums.Range);
        BindRow(aggregate.RowVariable, child);
        Expression addend = aggregate.Kind == AggregateKind.Count ? Constant(1L, typeof(long?)) : Translate(aggregate.Args[0]);
        // The loop visits only the rows dated within both bounds, so the parts of the filter that set them hold.
        if (range.Rest(aggregate) is { } rest) addend = Condition(IsTrue(Translate(rest)), addend, Constant(null, typeof(long?)));
        var parentOf = ParentsOf(sums.Source.Relation, child);
        var (parent, part) = (Variable(typeof(int), "parent"), Variable(typeof(long?), "part"));
        var done = Label("done");
        return Block([parent, part], Loop(
            IfThenElse(GreaterThanOrEqual(i, end),
                Break(done),
                Block(
                    next,
                    Assign(parent, parentOf),
                    IfThen(GreaterThanOrEqual(parent, Constant(0)), Block(
                        Assign(part, addend),
                        IfThen(Property(part, "HasValue"), Assign(ArrayAccess(totals, parent), Add(ArrayIndex(totals, parent), Property(part, "Value")))))),
                    PreIncrementAssign(i))),
            done));
    }

    private static Expression Literal(BoundLiteral l) => Constant(l.Value, ClrTypes.Of(l.Type));

    private Expression ConvertTo(Expression decimalValue, ExprType type) =>
        type.IsKind(DataType.Decimal) ? decimalValue : Convert(decimalValue, ClrTypes.Of(type));

    private Expression Assumption(BoundAssumption a)
    {
        var slot = Constant(layout.AssumptionSlot(a.Name, a.Type.Kind));
        var method = a.Type.Kind switch
        {
            DataType.Bool => nameof(EvalContext.BoolAssumption),
            DataType.Integer => nameof(EvalContext.IntegerAssumption),
            DataType.Decimal => nameof(EvalContext.DecimalAssumption),
            _ => nameof(EvalContext.StringAssumption),
        };
        return Call(context, method, null, slot);
    }

    /// <summary>The row index of <paramref name="row"/>; -1 when a parent row does not exist.</summary>
    private Expression Row(RowRef row)
    {
        switch (row)
        {
            case RowVariable v: return _rows[v.Id];
            case ParentRow p:
                if (p.Child is RowVariable { Id: not FieldRow }) return ParentsOf(p.Relation, Row(p.Child));
                var child = Variable(typeof(int), "child");
                return Block([child], Assign(child, Row(p.Child)), Condition(LessThan(child, Constant(0)), Constant(-1), ParentsOf(p.Relation, child)));
            default: throw new InvalidOperationException($"unknown row {row}");
        }
    }

    /// <summary>The parent row of a child row.</summary>
    private Expression ParentsOf(Relation relation, Expression child) =>
        Call(Load(nameof(EvalContext.Relation), layout.RelationSlot(relation), typeof(RelationIndex)), nameof(RelationIndex.Parent), null, child);

    private Expression Column(BoundColumn c)
    {
        var clr = ClrTypes.Of(c.Type);
        return ReadColumn(c, Constant(null, clr), (column, row) =>
        {
            Expression value = ArrayIndex(Property(column, StorageOf(c.Column.Type).Values), row);
            if (c.Column.Type == DataType.String) value = ArrayIndex(Property(column, nameof(StringColumn.Dictionary)), value);
            return Convert(value, clr);
        });
    }

    /// <summary>The id of a string column's value on the row, in the column's <see cref="StringColumn.Dictionary"/>: -1 for null.</summary>
    public Expression StringId(BoundColumn c) =>
        ReadColumn(c, Constant(-1), (column, row) => ArrayIndex(Property(column, nameof(StringColumn.Ids)), row));

    /// <summary>A column's value on the row (<paramref name="read"/> of the column and the row index), or <paramref name="ifNull"/>.</summary>
    private Expression ReadColumn(BoundColumn c, Expression ifNull, Func<Expression, Expression, Expression> read)
    {
        var columnType = StorageOf(c.Column.Type).Type;
        var load = Load(nameof(EvalContext.Column), layout.ColumnSlot(c.Table.Name, c.Column.Name), columnType);
        var column = Variable(columnType, c.Column.Name);
        var row = Variable(typeof(int), "row");
        // A column declared not nullable has no nulls (the loader checks it), so it needs no null test.
        Expression isNull = c.Column.Nullable ? Call(column, nameof(Storage.Column.IsNull), null, row) : Constant(false);
        if (c.Row is ParentRow or RowVariable { Id: FieldRow }) isNull = OrElse(LessThan(row, Constant(0)), isNull);
        return Block([column, row],
            Assign(row, Row(c.Row)),
            Assign(column, load),
            Condition(isNull, ifNull, read(column, row)));
    }

    /// <summary>The column class holding values of a type, and its array of per-row values.</summary>
    private static (Type Type, string Values) StorageOf(DataType type) => type switch
    {
        DataType.Integer or DataType.Money => (typeof(Int64Column), nameof(Int64Column.Values)),
        DataType.Date => (typeof(DateColumn), nameof(DateColumn.Days)),
        DataType.Bool => (typeof(BoolColumn), nameof(BoolColumn.Values)),
        DataType.Enum => (typeof(EnumColumn), nameof(EnumColumn.Codes)),
        _ => (typeof(StringColumn), nameof(StringColumn.Ids)),
    };

    private Expression Conversion(BoundConvert c)
    {
        var operand = Translate(c.Operand);
        if (c.Type.IsKind(DataType.Decimal))
            return c.Operand.Type.IsKind(DataType.Money)
                ? Call(typeof(Operators), nameof(Operators.PenceToPounds), null, operand)
                : Convert(operand, typeof(decimal?));
        var map = c.Operand.Type.Codes.Select(c.Type.CodeIndex).ToArray();
        var identity = map.Select((to, from) => to == from).All(same => same);
        return identity ? operand : Call(typeof(Operators), nameof(Operators.Remap), null, operand, Constant(map));
    }

    private Expression IsNull(BoundIsNull n)
    {
        var operand = Translate(n.Operand);
        Expression isNull = operand.Type == typeof(string) ? ReferenceEqual(operand, Constant(null, typeof(string))) : Not(Property(operand, "HasValue"));
        return Convert(n.Negated ? Not(isNull) : isNull, typeof(bool?));
    }

    /// <summary>A condition holds only when it is true (not false, not null).</summary>
    internal static Expression IsTrue(Expression condition) => Equal(condition, Constant(true, typeof(bool?)));

    private Expression Case(BoundCase c)
    {
        var result = Translate(c.Else);
        for (var i = c.Whens.Count - 1; i >= 0; i--)
            result = Condition(IsTrue(Translate(c.Whens[i].Condition)), Translate(c.Whens[i].Result), result);
        return result;
    }

    private Expression Extremum(BoundExtremum x)
    {
        var clr = ClrTypes.Of(x.Type);
        if (x.Type.IsNull) return Constant(null, clr);
        var method = typeof(Operators).GetMethod(x.IsMax ? nameof(Operators.Max) : nameof(Operators.Min), [clr, clr])!;
        return x.Args.Select(Translate).Aggregate((a, b) => Call(method, a, b));
    }
}
