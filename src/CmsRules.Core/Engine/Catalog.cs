using CmsRules.Core.Definitions;
using CmsRules.Core.Diagnostics;
using CmsRules.Core.Language.Binding;
using CmsRules.Core.Language.Compilation;
using CmsRules.Core.Language.Parsing;
using CmsRules.Core.Publication;
using CmsRules.Core.Schema;
using CmsRules.Core.Validation;

namespace CmsRules.Core.Engine;

/// <summary>
/// A definition set type-checked and compiled: every measure with its delegates, in dependency order. Needs no
/// extract, so `cmsrules check` reports every problem of every definition before any data is read.
/// </summary>
public sealed class Catalog
{
    private Catalog(DefinitionSet definitions, BindingEnvironment environment, ExpressionCompiler compiler,
        IReadOnlyList<CompiledMeasure> measures, IReadOnlyList<CompiledMeasure> order, IReadOnlyList<CompiledValidation> validations)
    {
        Definitions = definitions;
        Environment = environment;
        Compiler = compiler;
        Measures = measures;
        EvaluationOrder = order;
        Validations = validations;
    }

    public DefinitionSet Definitions { get; }

    /// <summary>The names the measures were bound against, for tools that bind parts of a definition again (explain).</summary>
    public BindingEnvironment Environment { get; }

    public ExpressionCompiler Compiler { get; }

    /// <summary>The validation rules, compiled in the order they were declared.</summary>
    public IReadOnlyList<CompiledValidation> Validations { get; }

    /// <summary>The measures in the order they were declared (the order of measures.csv).</summary>
    public IReadOnlyList<CompiledMeasure> Measures { get; }

    /// <summary>The measures ordered so that each comes after the measures it is built from.</summary>
    public IReadOnlyList<CompiledMeasure> EvaluationOrder { get; }

    public CompiledMeasure? Find(string id) => Measures.FirstOrDefault(m => m.Id == id);

    /// <summary>The evaluation-context slot through which other measures read this measure's value.</summary>
    public int SlotOf(string id) => Environment.Externals[id].Slot;

    /// <summary>The measures that give their figures through C# rather than the language.</summary>
    public IEnumerable<string> CSharpMeasures => Measures.Where(m => m.Dependencies.UsesCSharp).Select(m => m.Id);

    /// <summary>Compiles every definition; throws a <see cref="DiagnosticException"/> carrying every problem found.</summary>
    public static Catalog Compile(DefinitionSet definitions, FunctionRegistry? functions = null)
    {
        var diagnostics = new DiagnosticBag();
        var environment = ScalarEnvironment(definitions, functions);
        foreach (var field in definitions.Fields)
            if (BindField(field, definitions.Dictionary, diagnostics) is { } bound) environment.AddField(bound);

        var compiler = new ExpressionCompiler();
        var builder = new MeasureCompiler(definitions, environment, compiler, diagnostics);
        var measures = definitions.Measures.Select(builder.Compile).OfType<CompiledMeasure>().ToList();

        var byId = measures.ToDictionary(m => m.Id);
        var (order, cycles) = DependencyOrder.Sort(measures,
            m => m.Dependencies.Measures.Where(byId.ContainsKey).Select(id => byId[id]));
        foreach (var cycle in cycles)
            diagnostics.Error(cycle[0].Definition.Location,
                $"measures are built from each other in a cycle: {string.Join(" -> ", cycle.Select(m => m.Id).Append(cycle[0].Id))}");

        var validations = new ValidationCompiler(definitions, () => ScalarEnvironment(definitions, functions), compiler, diagnostics).CompileAll();

        diagnostics.ThrowIfErrors();
        return new Catalog(definitions, environment, compiler, measures, order, validations);
    }

    /// <summary>Assumptions and every measure's value by id: what an expression without rows may read.</summary>
    private static BindingEnvironment ScalarEnvironment(DefinitionSet definitions, FunctionRegistry? functions)
    {
        var environment = new BindingEnvironment(definitions.Dictionary, functions);
        foreach (var assumption in definitions.Assumptions)
            environment.AddAssumption(assumption.Name, assumption.Type switch
            {
                AssumptionType.Bool => DataType.Bool,
                AssumptionType.Integer => DataType.Integer,
                _ => DataType.Decimal,
            });
        for (var slot = 0; slot < definitions.Measures.Count; slot++)
        {
            var measure = definitions.Measures[slot];
            environment.AddExternal(measure.Id, ExternalType(measure.Kind), slot);
        }
        return environment;
    }

    /// <summary>The type a measure's value has when another measure reads it.</summary>
    internal static DataType ExternalType(MeasureKind kind) => kind switch
    {
        MeasureKind.Count => DataType.Integer,
        MeasureKind.Money => DataType.Money,
        _ => DataType.Decimal,
    };

    private static FieldDefinition? BindField(FieldText field, DataDictionary dictionary, DiagnosticBag diagnostics)
    {
        if (dictionary.Find(field.Table) is null)
        {
            diagnostics.Error(field.Location, $"fields of unknown table '{field.Table}'{Text.DidYouMean.Hint(field.Table, dictionary.Tables.Select(t => t.Name))}");
            return null;
        }
        if (field.Expression.IsCSharp)
        {
            diagnostics.Error(field.Expression.Start, "a field is written in the expression language; C# is allowed only in a measure's where");
            return null;
        }
        var parsed = ExpressionParser.Parse(field.Expression.ToSource());
        diagnostics.AddRange(parsed.Diagnostics);
        return parsed.Expression is { } expression ? new FieldDefinition(field.Table, field.Name, field.Parameters, expression) : null;
    }
}
