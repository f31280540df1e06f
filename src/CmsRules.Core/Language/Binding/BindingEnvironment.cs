using CmsRules.Core.Schema;

namespace CmsRules.Core.Language.Binding;

/// <summary>
/// Everything names can resolve to: the data dictionary, assumptions (name to type), fields, functions and
/// externals (other measures' values). Assumption values are not here: they are set on the evaluation context.
/// </summary>
public sealed class BindingEnvironment
{
    private readonly Dictionary<string, ExprType> _assumptions = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Table, string Name), FieldDefinition> _fields = [];
    private readonly Dictionary<string, ExternalDefinition> _externals = new(StringComparer.Ordinal);

    public BindingEnvironment(DataDictionary dictionary, FunctionRegistry? functions = null)
    {
        Dictionary = dictionary;
        Functions = functions ?? FunctionRegistry.CreateBuiltIn();
    }

    public DataDictionary Dictionary { get; }
    public FunctionRegistry Functions { get; }
    public IReadOnlyDictionary<string, ExprType> Assumptions => _assumptions;
    public IReadOnlyDictionary<string, ExternalDefinition> Externals => _externals;
    public IEnumerable<FieldDefinition> Fields => _fields.Values;

    /// <summary>Declares an assumption; its type is bool, decimal, integer or string.</summary>
    public BindingEnvironment AddAssumption(string name, DataType type)
    {
        if (type is not (DataType.Bool or DataType.Decimal or DataType.Integer or DataType.String))
            throw new ArgumentException($"an assumption is bool, decimal, integer or string, not {type}", nameof(type));
        _assumptions[name] = ExprType.Of(type, []);
        return this;
    }

    public BindingEnvironment AddField(FieldDefinition field)
    {
        _fields[(field.Table, field.Name)] = field;
        return this;
    }

    public BindingEnvironment AddExternal(string name, DataType type, int slot)
    {
        if (type is not (DataType.Integer or DataType.Decimal or DataType.Money))
            throw new ArgumentException($"an external value is numeric, not {type}", nameof(type));
        _externals[name] = new ExternalDefinition(name, ExprType.Of(type, []), slot);
        return this;
    }

    public FieldDefinition? FindField(string table, string name) => _fields.GetValueOrDefault((table, name));

    public IEnumerable<string> FieldNamesOf(string table) => _fields.Keys.Where(k => k.Table == table).Select(k => k.Name);
}
