using CmsRules.Core.Definitions;
using CmsRules.Core.Diagnostics;
using CmsRules.Core.Language.Binding;
using CmsRules.Core.Language.CSharp;
using CmsRules.Core.Language.Compilation;
using CmsRules.Core.Language.Parsing;
using CmsRules.Core.Schema;
using CmsRules.Core.Text;

namespace CmsRules.Core.Engine;

/// <summary>Type-checks and compiles one measure definition, reporting every problem in it.</summary>
internal sealed class MeasureCompiler(DefinitionSet definitions, BindingEnvironment environment, ExpressionCompiler compiler, DiagnosticBag diagnostics)
{
    public CompiledMeasure? Compile(MeasureDefinition measure)
    {
        var before = diagnostics.Items.Count + diagnostics.Omitted;
        var rounding = definitions.RoundingRules.FirstOrDefault(r => r.Name == measure.Rounding);
        if (rounding is null)
            diagnostics.Error(measure.Location, $"{measure.Id}: unknown rounding rule '{measure.Rounding}'{DidYouMean.Hint(measure.Rounding, definitions.RoundingRules.Select(r => r.Name))}");
        CompiledMeasure? compiled = measure.IsDerived ? CompileDerived(measure, rounding!) : CompileTable(measure, rounding!);
        return diagnostics.Items.Count + diagnostics.Omitted == before ? compiled : null;
    }

    private DerivedMeasure? CompileDerived(MeasureDefinition measure, Publication.RoundingRule rounding)
    {
        var value = Bind(measure.Value, e => Binder.BindScalar(environment, e), "value", numeric: true);
        var @base = measure.Base is null ? null : Bind(measure.Base, e => Binder.BindScalar(environment, e), "base", numeric: true);
        if (value is null || (measure.Base is not null && @base is null)) return null;

        var dependencies = new[] { Dependencies.Of(value.Root) }.Concat(@base is null ? [] : [Dependencies.Of(@base.Root)]).ToList();
        var used = dependencies.SelectMany(d => d.Externals).Distinct().ToList();
        foreach (var breakdown in measure.Breakdowns)
            foreach (var id in used)
                if (definitions.Measures.First(m => m.Id == id) is var other && other.Breakdowns.All(b => b.Dimension != breakdown.Dimension))
                    diagnostics.Error(breakdown.Location, $"{measure.Id}: '{id}' has no breakdown by {breakdown.Dimension}, so this measure cannot have one");
        return new DerivedMeasure(measure, rounding, MeasureDependencies.Of(dependencies, usesCSharp: false, []),
            compiler.CompileScalar(value), @base is null ? null : compiler.CompileScalar(@base), measure.Breakdowns.Select(b => b.Dimension).ToList());
    }

    private TableMeasure? CompileTable(MeasureDefinition measure, Publication.RoundingRule rounding)
    {
        var table = definitions.Dictionary.Find(measure.From!);
        if (table is null)
        {
            diagnostics.Error(measure.Location, $"{measure.Id}: unknown table '{measure.From}'{DidYouMean.Hint(measure.From!, definitions.Dictionary.Tables.Select(t => t.Name))}");
            return null;
        }
        var parts = new List<Dependencies>();
        CompiledRowExpression? where = null;
        if (measure.Where is { IsCSharp: true } code)
            where = Catch(() => CSharpEscapeHatch.CompileRow(compiler, table, code.ToSource(), DataType.Bool));
        else if (measure.Where is { } condition && Bind(condition, e => Binder.BindRow(environment, e, table.Name), "where") is { } boundWhere)
        {
            RequireBool(boundWhere, condition, "where");
            parts.Add(Dependencies.Of(boundWhere.Root));
            where = compiler.CompileRow(boundWhere);
        }

        ColumnSchema? groupBy = null;
        if (measure.GroupBy is { } groupName && (groupBy = table.FindColumn(groupName)) is null)
            diagnostics.Error(measure.Location, $"{measure.Id}: group_by names unknown column '{groupName}' of {table.Name}{DidYouMean.Hint(groupName, table.Columns.Select(c => c.Name))}");

        var value = Bind(measure.Value, e => Binder.BindAggregate(environment, e, table.Name), "value", numeric: true);
        var @base = measure.Base is null ? null : Bind(measure.Base, e => Binder.BindAggregate(environment, e, table.Name), "base", numeric: true);
        foreach (var bound in new[] { value, @base }.OfType<BoundExpression>()) parts.Add(Dependencies.Of(bound.Root));

        var breakdowns = new List<CompiledBreakdown>();
        foreach (var breakdown in measure.Breakdowns)
            if (CompileBreakdown(measure, table, groupBy, breakdown, parts) is { } compiled) breakdowns.Add(compiled);

        foreach (var external in parts.SelectMany(p => p.Externals).Distinct())
            diagnostics.Error(measure.Location, $"{measure.Id}: a measure over a table cannot read another measure ('{external}'); drop 'from' to combine measures");
        if (value is null) return null;
        return new TableMeasure(measure, rounding, MeasureDependencies.Of(parts, measure.Where?.IsCSharp == true, [table.Name]), table, where, groupBy,
            compiler.CompileAggregate(value), @base is null ? null : compiler.CompileAggregate(@base), breakdowns);
    }

    private CompiledBreakdown? CompileBreakdown(MeasureDefinition measure, TableSchema table, ColumnSchema? groupBy, BreakdownDefinition breakdown, List<Dependencies> parts)
    {
        if (breakdown.By is not { } by) return null;
        if (by.IsCSharp)
        {
            diagnostics.Error(by.Start, "C# is allowed only in a measure's where; write the breakdown in the expression language");
            return null;
        }
        var bound = groupBy is null
            ? Bind(by, e => Binder.BindRow(environment, e, table.Name), breakdown.Dimension)
            : Bind(by, e => Binder.BindAggregate(environment, e, table.Name), breakdown.Dimension);
        if (bound is null) return null;
        parts.Add(Dependencies.Of(bound.Root));

        var categories = Categories(measure, breakdown, bound);
        if (categories is null) return null;
        return groupBy is null
            ? new CompiledBreakdown(breakdown.Dimension, compiler.CompileRow(bound), null, categories)
            : new CompiledBreakdown(breakdown.Dimension, null, compiler.CompileAggregate(bound), categories);
    }

    private CategorySource? Categories(MeasureDefinition measure, BreakdownDefinition breakdown, BoundExpression by)
    {
        var dimension = definitions.Dimensions.FirstOrDefault(d => d.Name == breakdown.Dimension);
        var type = by.Type;
        if (type.IsKind(DataType.Enum) && dimension is null)
        {
            var listed = breakdown.Categories ?? type.Codes;
            var positions = Enumerable.Repeat(-1, type.Codes.Count).ToArray();
            for (var i = 0; i < listed.Count; i++)
            {
                var code = type.CodeIndex(listed[i]);
                if (code < 0)
                    diagnostics.Error(breakdown.Location, $"{measure.Id}: '{listed[i]}' is not a code of the {breakdown.Dimension} breakdown{DidYouMean.Hint(listed[i], type.Codes)}; its codes are {string.Join(", ", type.Codes)}");
                else positions[code] = i;
            }
            return new CodeCategories(listed, positions);
        }
        if (type.IsKind(DataType.String) && breakdown.Categories is { } names && dimension is null)
            return new ListedCategories(names);
        if (type.IsKind(DataType.String) && dimension is not null && breakdown.Categories is null)
            return new DistinctCategories(dimension);
        diagnostics.Error(breakdown.Location, type.IsKind(DataType.String)
            ? $"{measure.Id}: the {breakdown.Dimension} breakdown gives text, so its categories must be listed (categories: [...]) or come from a dimension declared in dimensions.yaml"
            : $"{measure.Id}: the {breakdown.Dimension} breakdown must give an enum code or a text category, not {type}");
        return null;
    }

    private BoundExpression? Bind(ExpressionText text, Func<ParsedExpression, BindResult> bind, string what, bool numeric = false)
    {
        if (text.IsCSharp)
        {
            diagnostics.Error(text.Start, $"C# is allowed only in a measure's where, not in its {what}");
            return null;
        }
        var parsed = ExpressionParser.Parse(text.ToSource());
        diagnostics.AddRange(parsed.Diagnostics);
        if (parsed.Expression is null) return null;
        var result = bind(parsed.Expression);
        diagnostics.AddRange(result.Diagnostics);
        if (result.Expression is { } bound && numeric && !bound.Type.IsNumeric)
        {
            diagnostics.Add(parsed.Expression.Source.Error(bound.Root.Span, $"the {what} must be a number, not {bound.Type}"));
            return null;
        }
        return result.Expression;
    }

    private void RequireBool(BoundExpression bound, ExpressionText text, string what)
    {
        if (!bound.Type.IsKind(DataType.Bool))
            diagnostics.Add(text.ToSource().Error(bound.Root.Span, $"the {what} condition must be true or false, not {bound.Type}"));
    }

    private T? Catch<T>(Func<T> compile) where T : class
    {
        try
        {
            return compile();
        }
        catch (DiagnosticException e)
        {
            diagnostics.AddRange(e.Diagnostics);
            return null;
        }
    }
}
