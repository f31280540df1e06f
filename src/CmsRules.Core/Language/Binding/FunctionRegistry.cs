using System.Reflection;
using CmsRules.Core.Language.Runtime;
using CmsRules.Core.Schema;

namespace CmsRules.Core.Language.Binding;

/// <summary>
/// The scalar functions an expression may call, by name, with overloads. Built-ins are registered here the
/// same way a plugin registers its own C# static methods, and both are type-checked alike.
/// </summary>
public sealed class FunctionRegistry
{
    private readonly Dictionary<string, List<FunctionSignature>> _byName = new(StringComparer.Ordinal);

    public IEnumerable<string> Names => _byName.Keys;

    public IReadOnlyList<FunctionSignature> Overloads(string name) =>
        _byName.TryGetValue(name, out var list) ? list : [];

    /// <summary>Registers a public static method; its CLR signature must match the declared types.</summary>
    public void Register(string name, MethodInfo method, DataType result, params DataType[] parameters)
    {
        if (!method.IsStatic) throw new ArgumentException($"{method.Name} must be static", nameof(method));
        var clrParameters = method.GetParameters();
        if (clrParameters.Length != parameters.Length)
            throw new ArgumentException($"{method.Name} takes {clrParameters.Length} parameters, {parameters.Length} declared", nameof(parameters));
        for (var i = 0; i < parameters.Length; i++)
            if (clrParameters[i].ParameterType != ClrTypeOf(parameters[i]))
                throw new ArgumentException($"parameter {i + 1} of {method.Name} must be {ClrTypeOf(parameters[i]).Name} for {parameters[i]}", nameof(method));
        if (method.ReturnType != ClrTypeOf(result))
            throw new ArgumentException($"{method.Name} must return {ClrTypeOf(result).Name} for {result}", nameof(method));
        if (!_byName.TryGetValue(name, out var list)) _byName[name] = list = [];
        list.Add(new FunctionSignature(name, parameters, result, method));
    }

    /// <summary>Registers the static method <paramref name="methodName"/> of <paramref name="type"/>.</summary>
    public void Register(string name, Type type, string methodName, DataType result, params DataType[] parameters) =>
        Register(name, type.GetMethod(methodName, BindingFlags.Public | BindingFlags.Static, parameters.Select(ClrTypeOf).ToArray())
                       ?? throw new ArgumentException($"{type.Name}.{methodName} not found", nameof(methodName)), result, parameters);

    /// <summary>The CLR type a function method uses for a value of <paramref name="type"/>.</summary>
    public static Type ClrTypeOf(DataType type) => type switch
    {
        DataType.Integer or DataType.Money => typeof(long),
        DataType.Decimal => typeof(decimal),
        DataType.Date => typeof(DateOnly),
        DataType.Bool => typeof(bool),
        DataType.String => typeof(string),
        _ => throw new ArgumentException($"functions cannot take or return {type}", nameof(type)),
    };

    /// <summary>A registry holding the built-in functions of the language reference.</summary>
    public static FunctionRegistry CreateBuiltIn()
    {
        const DataType I = DataType.Integer, D = DataType.Decimal, M = DataType.Money, T = DataType.Date, S = DataType.String, B = DataType.Bool;
        var r = new FunctionRegistry();
        var f = typeof(ScalarFunctions);
        r.Register("days_between", f, nameof(ScalarFunctions.DaysBetween), I, T, T);
        r.Register("add_days", f, nameof(ScalarFunctions.AddDays), T, T, I);
        r.Register("add_months", f, nameof(ScalarFunctions.AddMonths), T, T, I);
        r.Register("start_of_month", f, nameof(ScalarFunctions.StartOfMonth), T, T);
        r.Register("end_of_month", f, nameof(ScalarFunctions.EndOfMonth), T, T);
        r.Register("start_of_quarter", f, nameof(ScalarFunctions.StartOfQuarter), T, T);
        r.Register("end_of_quarter", f, nameof(ScalarFunctions.EndOfQuarter), T, T);
        r.Register("abs", f, nameof(ScalarFunctions.Abs), I, I);
        r.Register("abs", f, nameof(ScalarFunctions.Abs), M, M);
        r.Register("abs", f, nameof(ScalarFunctions.Abs), D, D);
        r.Register("round", f, nameof(ScalarFunctions.Round), D, D, I);
        r.Register("round", f, nameof(ScalarFunctions.Round), D, D);
        r.Register("lower", f, nameof(ScalarFunctions.Lower), S, S);
        r.Register("upper", f, nameof(ScalarFunctions.Upper), S, S);
        r.Register("trim", f, nameof(ScalarFunctions.Trim), S, S);
        r.Register("length", f, nameof(ScalarFunctions.Length), I, S);
        r.Register("starts_with", f, nameof(ScalarFunctions.StartsWith), B, S, S);
        r.Register("ends_with", f, nameof(ScalarFunctions.EndsWith), B, S, S);
        r.Register("contains", f, nameof(ScalarFunctions.Contains), B, S, S);
        r.Register("substring", f, nameof(ScalarFunctions.Substring), S, S, I, I);
        return r;
    }
}
