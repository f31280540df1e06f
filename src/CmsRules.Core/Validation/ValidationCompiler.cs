using CmsRules.Core.Definitions;
using CmsRules.Core.Diagnostics;
using CmsRules.Core.Engine;
using CmsRules.Core.Language.Binding;
using CmsRules.Core.Language.Compilation;
using CmsRules.Core.Language.Parsing;
using CmsRules.Core.Schema;
using CmsRules.Core.Text;

namespace CmsRules.Core.Validation;

/// <summary>
/// Type-checks the validation rules: each check is a true-or-false expression over measure ids, assumptions and the
/// rule's sums; a measure it reads must have the breakdown the rule iterates over. Every problem is reported.
/// </summary>
internal sealed class ValidationCompiler(
    DefinitionSet definitions, Func<BindingEnvironment> scalarEnvironment, ExpressionCompiler compiler, DiagnosticBag diagnostics)
{
    public IReadOnlyList<CompiledValidation> CompileAll() => definitions.Validations.Select(Compile).OfType<CompiledValidation>().ToList();

    private CompiledValidation? Compile(ValidationDefinition rule)
    {
        var before = diagnostics.Items.Count + diagnostics.Omitted;
        var environment = scalarEnvironment();
        var sums = new List<ValidationSum>();
        foreach (var sum in rule.Sums)
        {
            if (environment.Externals.ContainsKey(sum.Name))
            {
                diagnostics.Error(sum.Location, $"{rule.Name}: sum '{sum.Name}' has the name of a measure; give it another name");
                continue;
            }
            if (MeasureWithBreakdown(rule, sum.Measure, sum.Dimension, sum.Location) is not { } measure) continue;
            var slot = definitions.Measures.Count + sums.Count;
            environment.AddExternal(sum.Name, Catalog.ExternalType(measure.Kind), slot);
            sums.Add(new ValidationSum(sum, slot));
        }

        if (rule.Check.IsCSharp)
        {
            diagnostics.Error(rule.Check.Start, $"{rule.Name}: a check is written in the expression language, not C#");
            return null;
        }
        var parsed = ExpressionParser.Parse(rule.Check.ToSource());
        diagnostics.AddRange(parsed.Diagnostics);
        if (parsed.Expression is null) return null;
        var bound = Binder.BindScalar(environment, parsed.Expression);
        diagnostics.AddRange(bound.Diagnostics);
        if (bound.Expression is not { } check) return null;
        if (!check.Type.IsKind(DataType.Bool))
            diagnostics.Add(parsed.Expression.Source.Error(check.Root.Span, $"{rule.Name}: a check must be true or false, not {check.Type}"));

        var dependencies = Dependencies.Of(check.Root);
        var sumNames = sums.Select(s => s.Sum.Name).ToHashSet(StringComparer.Ordinal);
        var measures = dependencies.Externals.Where(id => !sumNames.Contains(id))
            .Select(id => new ValidationInput(id, environment.Externals[id].Slot)).ToList();
        if (rule.ForEach is { } dimension)
            foreach (var input in measures)
                MeasureWithBreakdown(rule, input.Measure, dimension, rule.Location);

        if (diagnostics.Items.Count + diagnostics.Omitted != before) return null;
        return new CompiledValidation(rule, compiler.CompileScalar(check), measures, sums, dependencies.Assumptions);
    }

    private MeasureDefinition? MeasureWithBreakdown(ValidationDefinition rule, string id, string dimension, SourceLocation at)
    {
        var measure = definitions.Measures.FirstOrDefault(m => m.Id == id);
        if (measure is null)
            diagnostics.Error(at, $"{rule.Name}: unknown measure '{id}'{DidYouMean.Hint(id, definitions.Measures.Select(m => m.Id))}");
        else if (measure.Breakdowns.All(b => b.Dimension != dimension))
            diagnostics.Error(at, $"{rule.Name}: {id} has no breakdown by '{dimension}'" +
                                  DidYouMean.Hint(dimension, measure.Breakdowns.Select(b => b.Dimension)));
        else return measure;
        return null;
    }
}
