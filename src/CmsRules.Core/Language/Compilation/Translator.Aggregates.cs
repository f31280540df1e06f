using System.Linq.Expressions;
using CmsRules.Core.Language.Binding;
using CmsRules.Core.Language.Runtime;
using CmsRules.Core.Schema;
using static System.Linq.Expressions.Expression;

namespace CmsRules.Core.Language.Compilation;

// Aggregates: a loop over the row set or over the current row's children, updating typed accumulators.
internal sealed partial class Translator
{
    private Expression Aggregate(BoundAggregate a)
    {
        // Counting every row of the set needs no loop.
        if (a is { Kind: AggregateKind.Count, Filter: null, Source: RowSetSource })
            return Convert(Property(rowSet!, nameof(RowSet.Count)), ClrTypes.Of(a.Type));
        var row = Variable(typeof(int), $"row{a.RowVariable}");
        BindRow(a.RowVariable, row);
        var accumulator = Accumulator(a);
        var perRow = a.Filter is null ? accumulator.Update : IfThen(IsTrue(Translate(a.Filter)), accumulator.Update);
        return Block([.. accumulator.Variables], [.. accumulator.Init, ForEachRow(a.Source, row, perRow, ChildDateRange.Of(a)), accumulator.Result]);
    }

    private sealed record AccumulatorCode(IReadOnlyList<ParameterExpression> Variables, IReadOnlyList<Expression> Init, Expression Update, Expression Result);

    private AccumulatorCode Accumulator(BoundAggregate a)
    {
        var resultType = ClrTypes.Of(a.Type);
        switch (a.Kind)
        {
            case AggregateKind.Count:
            {
                var n = Variable(typeof(long), "count");
                return new([n], [Assign(n, Constant(0L))], PreIncrementAssign(n), Convert(n, resultType));
            }
            case AggregateKind.CountValues:
            {
                var n = Variable(typeof(long), "count");
                var (v, read) = Value(a.Args[0]);
                return new([n, v], [Assign(n, Constant(0L))], Block(read, IfThen(HasValue(v), PreIncrementAssign(n))), Convert(n, resultType));
            }
            case AggregateKind.CountDistinct: return CountDistinct(a, resultType);
            case AggregateKind.Sum:
            {
                var (v, read) = Value(a.Args[0]);
                var plain = Nullable.GetUnderlyingType(v.Type)!;
                var sum = Variable(plain, "sum");
                return new([sum, v], [Assign(sum, Default(plain))],
                    Block(read, IfThen(HasValue(v), AddAssign(sum, Property(v, "Value")))), Convert(sum, resultType));
            }
            case AggregateKind.Min or AggregateKind.Max:
            {
                var (v, read) = Value(a.Args[0]);
                var plain = Nullable.GetUnderlyingType(v.Type)!;
                var best = Variable(plain, "best");
                var has = Variable(typeof(bool), "has");
                var value = Property(v, "Value");
                var better = a.Kind == AggregateKind.Min ? LessThan(value, best) : GreaterThan(value, best);
                return new([best, has, v], [Assign(has, Constant(false)), Assign(best, Default(plain))],
                    Block(read, IfThen(AndAlso(HasValue(v), OrElse(Not(has), better)), Block(Assign(best, value), Assign(has, Constant(true))))),
                    Condition(has, Convert(best, resultType), Constant(null, resultType)));
            }
            case AggregateKind.Mean:
            {
                var (v, read) = Value(a.Args[0]);
                var sum = Variable(typeof(decimal), "sum");
                var n = Variable(typeof(long), "count");
                return new([sum, n, v], [Assign(sum, Constant(0m)), Assign(n, Constant(0L))],
                    Block(read, IfThen(HasValue(v), Block(AddAssign(sum, Convert(Property(v, "Value"), typeof(decimal))), PreIncrementAssign(n)))),
                    Condition(Equal(n, Constant(0L)), Constant(null, resultType), Convert(Divide(sum, Convert(n, typeof(decimal))), resultType)));
            }
            case AggregateKind.Median:
            {
                var (v, read) = Value(a.Args[0]);
                var median = Variable(typeof(MedianAccumulator), "median");
                return new([median, v], [Assign(median, New(typeof(MedianAccumulator)))],
                    Block(read, IfThen(HasValue(v), Call(median, nameof(MedianAccumulator.Add), null, Convert(Property(v, "Value"), typeof(decimal))))),
                    Call(median, nameof(MedianAccumulator.Result), null));
            }
            case AggregateKind.Any or AggregateKind.All:
            {
                var isAny = a.Kind == AggregateKind.Any;
                var result = Variable(typeof(bool), isAny ? "any" : "all");
                Expression update = Assign(result, Constant(isAny));
                if (a.Args.Count == 1)
                    update = IfThen(Equal(Translate(a.Args[0]), Constant(isAny, typeof(bool?))), update);
                return new([result], [Assign(result, Constant(!isAny))], update, Convert(result, resultType));
            }
            default:
            {
                var n = Variable(typeof(int), "matches");
                var value = Variable(resultType, "only");
                return new([n, value], [Assign(n, Constant(0)), Assign(value, Constant(null, resultType))],
                    Block(
                        IfThen(GreaterThan(PreIncrementAssign(n), Constant(1)), Throw(Call(typeof(Operators), nameof(Operators.SeveralRows), null, Constant(a.Location)))),
                        Assign(value, Translate(a.Args[0]))),
                    value);
            }
        }
    }

    private AccumulatorCode CountDistinct(BoundAggregate a, Type resultType)
    {
        var counter = Variable(typeof(DistinctCounter), "distinct");
        var values = a.Args.Select((arg, i) => Variable(ClrTypes.Of(arg.Type), $"value{i}")).ToList();
        var reads = a.Args.Select((arg, i) => (Expression)Assign(values[i], Translate(arg)));
        // A row with a null in any of the values is not counted.
        var allKnown = values.Select(HasValue).Aggregate(AndAlso);
        var key = values.Select(v => Key(counter, v)).Aggregate((k, next) => Call(counter, nameof(DistinctCounter.Pair), null, k, next));
        var add = Call(counter, nameof(DistinctCounter.Add), null, key);
        var rows = a.Source is RowSetSource ? Property(rowSet!, nameof(RowSet.Count)) : (Expression)Constant(0);
        var newCounter = Assign(counter, New(typeof(DistinctCounter).GetConstructor([typeof(int)])!, rows));
        var counted = Convert(Property(counter, nameof(DistinctCounter.Count)), typeof(long));
        if (a.Args is not [BoundColumn { Row: RowVariable row, Column.Type: DataType.Integer } id] || row.Id != a.RowVariable)
            return new([counter, .. values], [newCounter], Block([.. reads, IfThen(allKnown, add)]), Convert(counted, resultType));

        // The distinct ids of a column: marked in an array over its span where it fits (see DistinctMarks).
        var (marks, stamp, n) = (Variable(typeof(DistinctMarks), "marks"), Variable(typeof(int), "stamp"), Variable(typeof(long), "count"));
        var slot = layout.DistinctMarksSlot(layout.ColumnSlot(id.Table.Name, id.Column.Name));
        var marked = Call(marks, nameof(DistinctMarks.Mark), null, Property(values[0], "Value"), stamp);
        var marking = NotEqual(stamp, Constant(0));
        return new([counter, marks, stamp, n, .. values],
            [
                Assign(marks, Call(context, nameof(EvalContext.DistinctMarks), null, Constant(slot))),
                Assign(stamp, Condition(Equal(marks, Constant(null, typeof(DistinctMarks))), Constant(0), Call(marks, nameof(DistinctMarks.Begin), null))),
                Assign(n, Constant(0L)),
                IfThen(Not(marking), newCounter),
            ],
            Block([.. reads, IfThen(allKnown, IfThenElse(marking, IfThen(marked, PreIncrementAssign(n)), add))]),
            Convert(Condition(marking, Call(marks, nameof(DistinctMarks.End), null, n), counted), resultType));
    }

    private static Expression Key(ParameterExpression counter, ParameterExpression value)
    {
        if (value.Type == typeof(string) || value.Type == typeof(decimal?))
            return Call(counter, nameof(DistinctCounter.Key), null, value.Type == typeof(string) ? value : Property(value, "Value"));
        if (value.Type == typeof(bool?)) return Condition(Property(value, "Value"), Constant(1L), Constant(0L));
        return Convert(Property(value, "Value"), typeof(long));
    }

    private (ParameterExpression Variable, Expression Read) Value(BoundExpr arg)
    {
        var v = Variable(ClrTypes.Of(arg.Type), "value");
        return (v, Assign(v, Translate(arg)));
    }

    private static Expression HasValue(ParameterExpression v) =>
        v.Type == typeof(string) ? ReferenceNotEqual(v, Constant(null, typeof(string))) : Property(v, "HasValue");

    private Expression ForEachRow(RowSource source, ParameterExpression row, Expression body, ChildDateRange? range = null)
    {
        var i = Variable(typeof(int), "i");
        var end = Variable(typeof(int), "end");
        var rows = Variable(typeof(int[]), "rows");
        var done = Label("done");
        var loop = Loop(
            IfThenElse(GreaterThanOrEqual(i, end),
                Break(done),
                Block(Assign(row, ArrayIndex(rows, i)), body, PreIncrementAssign(i))),
            done);
        switch (source)
        {
            case RowSetSource:
                return Block([i, end, rows, row],
                    Assign(rows, Property(rowSet!, nameof(RowSet.Rows))),
                    Assign(end, Property(rowSet!, nameof(RowSet.Count))),
                    Assign(i, Constant(0)),
                    loop);
            case ChildRowsSource children when range is not null:
                return ForEachDatedChild(children, range, row, i, end, rows, loop);
            case ChildRowsSource children:
                var parent = Variable(typeof(int), "parent");
                var index = Variable(typeof(RelationIndex), "relation");
                var offsets = Property(index, nameof(RelationIndex.Offsets));
                return Block([i, end, rows, row, parent, index],
                    Assign(parent, Row(children.Parent)),
                    IfThen(GreaterThanOrEqual(parent, Constant(0)), Block(
                        Assign(index, Load(nameof(EvalContext.Relation), layout.RelationSlot(children.Relation, children: true), typeof(RelationIndex))),
                        Assign(rows, Property(index, nameof(RelationIndex.Rows))),
                        Assign(i, ArrayIndex(offsets, parent)),
                        Assign(end, ArrayIndex(offsets, Increment(parent))),
                        loop)));
            default: throw new InvalidOperationException($"unknown row source {source}");
        }
    }

    /// <summary>
    /// The children of the current row dated within the filter's bounds: a binary search in the children ordered by
    /// that date gives where to start and where to stop. A null bound matches no row.
    /// </summary>
    private Expression ForEachDatedChild(ChildRowsSource children, ChildDateRange range, ParameterExpression row,
        ParameterExpression i, ParameterExpression end, ParameterExpression rows, Expression loop)
    {
        var parent = Variable(typeof(int), "parent");
        var index = Variable(typeof(DatedChildren), "dated");
        var days = Variable(typeof(int[]), "days");
        var offsets = Property(index, nameof(DatedChildren.Offsets));
        var lowerBound = typeof(DatedChildren).GetMethod(nameof(DatedChildren.LowerBound))!;
        var narrow = new List<Expression>();
        if (range.Lower is { } lower)
        {
            var value = Variable(typeof(int?), "from");
            narrow.Add(Block([value], Assign(value, Translate(lower)),
                Assign(i, Condition(Property(value, "HasValue"),
                    Call(lowerBound, days, i, end, Add(Property(value, "Value"), Constant(range.LowerOffset))), end))));
        }
        if (range.Upper is { } upper)
        {
            var value = Variable(typeof(int?), "to");
            narrow.Add(Block([value], Assign(value, Translate(upper)),
                Assign(end, Condition(Property(value, "HasValue"),
                    Call(lowerBound, days, i, end, Add(Property(value, "Value"), Constant(range.UpperOffset + 1))), i))));
        }
        return Block([i, end, rows, row, parent, index, days],
            Assign(parent, Row(children.Parent)),
            IfThen(GreaterThanOrEqual(parent, Constant(0)), Block(
                Assign(index, Load(nameof(EvalContext.DatedRelation), layout.DatedRelationSlot(children.Relation, range.Date.Name), typeof(DatedChildren))),
                Assign(rows, Property(index, nameof(DatedChildren.Rows))),
                Assign(days, Property(index, nameof(DatedChildren.Days))),
                Assign(i, ArrayIndex(offsets, parent)),
                Assign(end, ArrayIndex(offsets, Increment(parent))),
                Block(narrow.Count > 0 ? narrow : [Empty()]),
                loop)));
    }
}
