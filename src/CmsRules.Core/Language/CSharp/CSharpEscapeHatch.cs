using System.Linq.Expressions;
using CmsRules.Core.Diagnostics;
using CmsRules.Core.Language.Binding;
using CmsRules.Core.Language.Compilation;
using CmsRules.Core.Language.Parsing;
using CmsRules.Core.Language.Runtime;
using CmsRules.Core.Schema;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace CmsRules.Core.Language.CSharp;

/// <summary>
/// Compiles a C# expression, for definitions the language cannot express, into the same shape as a compiled
/// row expression of a table. The code sees the row's columns as typed properties named like the columns,
/// plus PeriodStart and PeriodEnd. Roslyn's errors are reported at the YAML file's line and column.
/// </summary>
public static class CSharpEscapeHatch
{
    private static readonly ScriptOptions Options = ScriptOptions.Default
        .AddReferences(typeof(EvalContext).Assembly)
        .AddImports("System", "CmsRules.Core.Storage", "CmsRules.Core.Language.Runtime");

    /// <summary>Compiles <paramref name="source"/> (a C# expression of <paramref name="resultType"/>) for rows of <paramref name="table"/>.</summary>
    /// <exception cref="DiagnosticException">The C# does not compile; every error is reported.</exception>
    public static CompiledRowExpression CompileRow(ExpressionCompiler compiler, TableSchema table, ExpressionSource source, DataType resultType) =>
        CompileRow(compiler, table, source, ExprType.Of(resultType, []));

    /// <summary>As above; an enum result (<see cref="ExprType.Enum"/>) is written in C# as one of its code strings.</summary>
    public static CompiledRowExpression CompileRow(ExpressionCompiler compiler, TableSchema table, ExpressionSource source, ExprType type)
    {
        var code = RowViewSource.Generate(table, compiler.Layout, type, source.Text, out var userOffset);
        var script = CSharpScript.Create<Delegate>(code, Options);
        var errors = script.Compile().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0) throw new DiagnosticException(errors.Select(e => ToDiagnostic(e, source, userOffset)).ToList());

        var function = script.RunAsync().GetAwaiter().GetResult().ReturnValue;
        var context = Expression.Parameter(typeof(EvalContext), "context");
        var row = Expression.Parameter(typeof(int), "row");
        var body = Expression.Invoke(Expression.Constant(function), context, row);
        return new CompiledRowExpression(type, null, body, context, row);
    }

    /// <summary>An error inside the user's code points into the YAML; one in the generated frame points at its start.</summary>
    private static Core.Diagnostics.Diagnostic ToDiagnostic(Microsoft.CodeAnalysis.Diagnostic error, ExpressionSource source, int userOffset)
    {
        var offset = Math.Clamp(error.Location.SourceSpan.Start - userOffset, 0, source.Text.Length);
        return source.Error(offset, $"C# {error.Id}: {error.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");
    }
}
