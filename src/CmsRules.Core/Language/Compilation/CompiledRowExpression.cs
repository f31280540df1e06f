using System.Linq.Expressions;
using CmsRules.Core.Language.Binding;
using CmsRules.Core.Language.Runtime;

namespace CmsRules.Core.Language.Compilation;

/// <summary>A row expression: delegates of (context, row index).</summary>
public sealed class CompiledRowExpression : CompiledExpression
{
    private readonly Lazy<Func<EvalContext, int, bool>> _predicate;
    private readonly Lazy<Func<EvalContext, int, int>> _category;
    private readonly Lazy<Func<EvalContext, int, decimal?>> _number;
    private readonly Lazy<Func<EvalContext, int, string?>> _text;

    private readonly Lazy<Func<EvalContext, RowSet, int[], int>> _filter;
    private readonly Lazy<Func<EvalContext, RowSet, int[], int>> _categories;

    internal CompiledRowExpression(BoundExpression source, Expression body, ParameterExpression context, ParameterExpression row,
        Func<Func<EvalContext, RowSet, int[], int>> compileFilter, Func<Func<EvalContext, RowSet, int[], int>> compileCategories,
        StringColumnRead? stringColumn)
        : this(source.Type, source, body, context, row, compileFilter, compileCategories)
    {
        StringColumn = stringColumn;
    }

    /// <summary>Without loop compilers (the C# escape hatch), the loops call the per-row delegates.</summary>
    internal CompiledRowExpression(ExprType type, BoundExpression? source, Expression body, ParameterExpression context, ParameterExpression row,
        Func<Func<EvalContext, RowSet, int[], int>>? compileFilter = null, Func<Func<EvalContext, RowSet, int[], int>>? compileCategories = null)
        : base(type, source, body, [context, row])
    {
        _filter = new(compileFilter ?? (() => FilterByPredicate));
        _categories = new(compileCategories ?? (() => CategoriesByRow));
        _predicate = new(() => Make<Func<EvalContext, int, bool>>(ResultShapes.Predicate));
        _category = new(() => Make<Func<EvalContext, int, int>>(ResultShapes.Category));
        _number = new(() => Make<Func<EvalContext, int, decimal?>>(ResultShapes.Number));
        _text = new(() => Make<Func<EvalContext, int, string?>>(ResultShapes.Text));
    }

    /// <summary>The typed value: <typeparamref name="T"/> is the body's CLR type, e.g. long? or int? for a date.</summary>
    public Func<EvalContext, int, T> Value<T>() => MakeValue<Func<EvalContext, int, T>>();

    /// <summary>Whether the condition is true on the row (null counts as false).</summary>
    public Func<EvalContext, int, bool> Predicate => _predicate.Value;

    /// <summary>The enum code index on the row, -1 for null.</summary>
    public Func<EvalContext, int, int> Category => _category.Value;

    /// <summary>A numeric value as decimal (money in pence).</summary>
    public Func<EvalContext, int, decimal?> Number => _number.Value;

    /// <summary>A string value, or an enum's code.</summary>
    public Func<EvalContext, int, string?> Text => _text.Value;

    /// <summary>Compiles the loop <see cref="Filter"/> runs now, rather than on first use.</summary>
    public void CompileFilter() => _ = _filter.Value;

    /// <summary>The rows of <paramref name="input"/> where the condition is true, in order.</summary>
    public RowSet Filter(EvalContext context, RowSet input)
    {
        var kept = context.Arrays.Rent(input.Count);
        return new RowSet(kept, _filter.Value(context, input, kept));
    }

    /// <summary>The enum code of each row of <paramref name="input"/> (-1 for null), in order, in the first <c>input.Count</c> places.</summary>
    public int[] Categories(EvalContext context, RowSet input)
    {
        var codes = context.Arrays.Rent(input.Count);
        _categories.Value(context, input, codes);
        return codes;
    }

    /// <summary>Compiles the loop <see cref="Categories"/> runs now, rather than on first use.</summary>
    public void CompileCategories() => _ = _categories.Value;

    /// <summary>
    /// When the expression is a string column (of its row or of a parent's), that column, and a loop giving each row's
    /// id in its dictionary: a breakdown then finds a category once per distinct string, not once per row.
    /// </summary>
    public StringColumnRead? StringColumn { get; }

    private int CategoriesByRow(EvalContext context, RowSet input, int[] output)
    {
        var category = Category;
        for (var i = 0; i < input.Count; i++) output[i] = category(context, input.Rows[i]);
        return input.Count;
    }

    private int FilterByPredicate(EvalContext context, RowSet input, int[] output)
    {
        var predicate = Predicate;
        var n = 0;
        for (var i = 0; i < input.Count; i++)
        {
            var row = input.Rows[i];
            if (predicate(context, row)) output[n++] = row;
        }
        return n;
    }
}

/// <summary>A string column an expression reads, and the loop reading its rows' ids (-1 for null, see <see cref="Storage.StringColumn"/>).</summary>
public sealed class StringColumnRead(string table, string column, Func<Func<EvalContext, RowSet, int[], int>> compileIds)
{
    private readonly Lazy<Func<EvalContext, RowSet, int[], int>> _ids = new(compileIds);

    public string Table { get; } = table;
    public string Column { get; } = column;

    /// <summary>Compiles the loop <see cref="Ids"/> runs now, rather than on first use.</summary>
    public void Compile() => _ = _ids.Value;

    /// <summary>The id of each row of <paramref name="input"/>, in order, in the first <c>input.Count</c> places.</summary>
    public int[] Ids(EvalContext context, RowSet input)
    {
        var ids = context.Arrays.Rent(input.Count);
        _ids.Value(context, input, ids);
        return ids;
    }
}
