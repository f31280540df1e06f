using System.Reflection;
using CmsRules.Core.Schema;

namespace CmsRules.Core.Language.Binding;

/// <summary>
/// One overload of a function: its parameter and result types and the static C# method that computes it.
/// The method takes non-null values (long for integer and money pence, decimal, DateOnly, bool, string); the
/// compiled code returns null without calling it when any argument is null.
/// </summary>
public sealed record FunctionSignature(string Name, IReadOnlyList<DataType> Parameters, DataType Result, MethodInfo Method)
{
    public override string ToString() => $"{Name}({string.Join(", ", Parameters.Select(p => p.ToString().ToLowerInvariant()))})";
}
