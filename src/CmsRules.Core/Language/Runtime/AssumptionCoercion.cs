using CmsRules.Core.Schema;

namespace CmsRules.Core.Language.Runtime;

/// <summary>Checks an assumption value against its declared type, in the one CLR type compiled code expects.</summary>
internal static class AssumptionCoercion
{
    public static object Normalise(string name, DataType type, object value) => (type, value) switch
    {
        (DataType.Bool, bool b) => b,
        (DataType.Integer, long l) => l,
        (DataType.Integer, int i) => (long)i,
        (DataType.Decimal, decimal d) => d,
        (DataType.Decimal, long l) => (decimal)l,
        (DataType.Decimal, int i) => (decimal)i,
        (DataType.String, string s) => s,
        _ => throw new ArgumentException($"assumption ${name} is {type.ToString().ToLowerInvariant()}, not {value.GetType().Name}", nameof(value)),
    };
}
