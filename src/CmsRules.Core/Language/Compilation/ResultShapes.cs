using System.Linq.Expressions;
using CmsRules.Core.Language.Binding;
using CmsRules.Core.Schema;
using static System.Linq.Expressions.Expression;

namespace CmsRules.Core.Language.Compilation;

/// <summary>The forms the engine consumes a result in, each a small wrapper around the typed body.</summary>
internal static class ResultShapes
{
    /// <summary>A condition: null counts as false.</summary>
    public static Expression Predicate(Expression body, ExprType type)
    {
        Require(type, type.IsKind(DataType.Bool) || type.IsNull, "a condition");
        return Translator.IsTrue(body);
    }

    /// <summary>An enum's code index, -1 for null.</summary>
    public static Expression Category(Expression body, ExprType type)
    {
        Require(type, type.IsKind(DataType.Enum), "a category (enum)");
        return Coalesce(body, Constant(-1));
    }

    /// <summary>A number as decimal: integers and counts as they are, money in pence.</summary>
    public static Expression Number(Expression body, ExprType type)
    {
        Require(type, type.IsNumeric || type.IsNull, "a number");
        return Convert(body, typeof(decimal?));
    }

    /// <summary>A string, or an enum's code.</summary>
    public static Expression Text(Expression body, ExprType type)
    {
        Require(type, type.IsKind(DataType.String) || type.IsKind(DataType.Enum) || type.IsNull, "text");
        if (type.IsKind(DataType.String)) return body;
        if (type.IsNull) return Constant(null, typeof(string));
        var value = Variable(typeof(int?), "code");
        return Block([value], Assign(value, body),
            Condition(Property(value, "HasValue"), ArrayIndex(Constant(type.Codes.ToArray()), Property(value, "Value")), Constant(null, typeof(string))));
    }

    private static void Require(ExprType type, bool ok, string what)
    {
        if (!ok) throw new InvalidOperationException($"an expression of type {type} cannot be used as {what}");
    }
}
