using CmsRules.Core.Definitions;
using CmsRules.Core.Diagnostics;
using CmsRules.Core.Language.Runtime;
using CmsRules.Core.Text;

namespace CmsRules.Core.Engine;

/// <summary>The value of every declared assumption for a run: its default unless `--assume NAME=VALUE` sets it.</summary>
public static class Assumptions
{
    /// <exception cref="DiagnosticException">an unknown name or a value not of the assumption's type, all reported together</exception>
    public static IReadOnlyDictionary<string, AssumptionValue> Resolve(IReadOnlyList<AssumptionDefinition> declared, IEnumerable<string> settings)
    {
        var values = declared.ToDictionary(a => a.Name, a => a.Default, StringComparer.Ordinal);
        var diagnostics = new DiagnosticBag();
        var argument = new SourceLocation("--assume", 1, 1);
        foreach (var setting in settings)
        {
            var equals = setting.IndexOf('=');
            if (equals <= 0)
            {
                diagnostics.Error(argument, $"'{setting}' must be NAME=VALUE");
                continue;
            }
            var (name, text) = (setting[..equals].Trim(), setting[(equals + 1)..].Trim());
            var assumption = declared.FirstOrDefault(a => a.Name == name);
            if (assumption is null)
                diagnostics.Error(argument, $"unknown assumption '{name}'{DidYouMean.Hint(name, declared.Select(a => a.Name))}; the assumptions are {string.Join(", ", declared.Select(a => a.Name))}");
            else if (AssumptionValue.Parse(text, assumption.Type) is { } value)
                values[name] = value;
            else
                diagnostics.Error(argument, $"'{text}' is not a value of {name}, which is {Describe(assumption.Type)}");
        }
        diagnostics.ThrowIfErrors();
        return values;
    }

    /// <summary>Sets every declared assumption's value on an evaluation context.</summary>
    public static void Apply(EvalContext context, IReadOnlyList<AssumptionDefinition> declared, IReadOnlyDictionary<string, AssumptionValue> values)
    {
        foreach (var assumption in declared)
        {
            var value = values[assumption.Name];
            context.SetAssumption(assumption.Name, assumption.Type == AssumptionType.Bool ? value.Bool : value.Number);
        }
    }

    private static string Describe(AssumptionType type) => type switch
    {
        AssumptionType.Bool => "true or false",
        AssumptionType.Integer => "a whole number",
        _ => "a number such as 0.9",
    };
}
