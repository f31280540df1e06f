using CmsRules.Core.Definitions;
using CmsRules.Core.Diagnostics;
using CmsRules.Core.Text;
using YamlDotNet.RepresentationModel;

namespace CmsRules.Core.Yaml;

/// <summary>
/// A YAML mapping read against a fixed set of allowed keys: unknown keys are reported (with a did-you-mean)
/// and the typed getters report wrong shapes, all with the node's file, line and column.
/// </summary>
internal sealed class YamlMap
{
    private readonly Dictionary<string, YamlNode> _values = new(StringComparer.Ordinal);
    private readonly YamlSource _file;
    private readonly DiagnosticBag _bag;

    public DiagnosticBag Bag => _bag;
    public YamlSource File => _file;

    public YamlMap(YamlMappingNode node, YamlSource file, string what, IReadOnlyCollection<string> allowedKeys, DiagnosticBag bag)
    {
        _file = file;
        _bag = bag;
        Location = At(node);
        foreach (var (keyNode, value) in node.Children)
        {
            var key = keyNode is YamlScalarNode s ? s.Value ?? "" : "";
            if (allowedKeys.Contains(key)) _values[key] = value;
            else bag.Error(At(keyNode), $"unknown key '{key}' in {what}{DidYouMean.Hint(key, allowedKeys)}");
        }
    }

    public SourceLocation Location { get; }

    public SourceLocation At(YamlNode node) => _file.At(node);

    public SourceLocation LocationOf(string key, SourceLocation fallback) =>
        _values.TryGetValue(key, out var node) ? At(node) : fallback;

    public bool Has(string key) => _values.ContainsKey(key);

    /// <summary>A scalar value; reports it when required and absent, or when not a scalar.</summary>
    public string? String(string key, bool required = false)
    {
        if (!_values.TryGetValue(key, out var node))
        {
            if (required) _bag.Error(Location, $"missing key '{key}'");
            return null;
        }
        if (node is YamlScalarNode { Value: { Length: > 0 } value }) return value;
        _bag.Error(At(node), $"'{key}' must be a single non-empty value");
        return null;
    }

    public bool? Bool(string key)
    {
        var text = String(key);
        if (text is null) return null;
        if (text is "true") return true;
        if (text is "false") return false;
        _bag.Error(LocationOf(key, Location), $"'{key}' must be true or false, not '{text}'");
        return null;
    }

    public decimal? Decimal(string key)
    {
        var text = String(key);
        if (text is null) return null;
        if (decimal.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign | System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var value))
            return value;
        _bag.Error(LocationOf(key, Location), $"'{key}' must be a number, not '{text}'");
        return null;
    }

    /// <summary>The value node of a key, whatever its shape.</summary>
    public YamlNode? Node(string key) => _values.GetValueOrDefault(key);

    /// <summary>A nested mapping, read against its own allowed keys.</summary>
    public YamlMap? Map(string key, string what, IReadOnlyCollection<string> allowedKeys) =>
        Mapping(key) is { } node ? new YamlMap(node, _file, what, allowedKeys, _bag) : null;

    /// <summary>The mappings of a list (`- name: ...`), each read against the allowed keys.</summary>
    public IEnumerable<YamlMap> Maps(string key, string what, IReadOnlyCollection<string> allowedKeys)
    {
        if (Sequence(key) is not { } list) yield break;
        foreach (var item in list.Children)
        {
            if (item is YamlMappingNode node) yield return new YamlMap(node, _file, what, allowedKeys, _bag);
            else _bag.Error(At(item), $"each item of '{key}' must be a mapping of keys to values");
        }
    }

    /// <summary>An expression of the language, or `{ csharp: ... }`.</summary>
    public ExpressionText? Expression(string key, bool required = false)
    {
        if (_values.TryGetValue(key, out var node)) return _file.Expression(node, key, _bag);
        if (required) _bag.Error(Location, $"missing key '{key}'");
        return null;
    }

    public void Error(YamlNode node, string message) => _bag.Error(At(node), message);

    public long? Integer(string key)
    {
        var text = String(key);
        if (text is null) return null;
        if (long.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var value))
            return value;
        _bag.Error(LocationOf(key, Location), $"'{key}' must be a whole number, not '{text}'");
        return null;
    }

    /// <summary>A list of scalars (a single scalar is accepted as a one-item list), each with its location.</summary>
    public List<(string Value, SourceLocation At)>? Strings(string key)
    {
        if (!_values.TryGetValue(key, out var node)) return null;
        var items = node switch
        {
            YamlSequenceNode seq => seq.Children,
            YamlScalarNode => [node],
            _ => null,
        };
        if (items is null)
        {
            _bag.Error(At(node), $"'{key}' must be a list of names");
            return null;
        }
        var result = new List<(string, SourceLocation)>();
        foreach (var item in items)
        {
            if (item is YamlScalarNode { Value: { Length: > 0 } v }) result.Add((v, At(item)));
            else _bag.Error(At(item), $"each item of '{key}' must be a single name");
        }
        return result;
    }

    public YamlMappingNode? Mapping(string key)
    {
        if (!_values.TryGetValue(key, out var node)) return null;
        if (node is YamlMappingNode map) return map;
        _bag.Error(At(node), $"'{key}' must be a mapping of keys to values");
        return null;
    }

    public YamlSequenceNode? Sequence(string key, bool required = false)
    {
        if (!_values.TryGetValue(key, out var node))
        {
            if (required) _bag.Error(Location, $"missing key '{key}'");
            return null;
        }
        if (node is YamlSequenceNode seq) return seq;
        _bag.Error(At(node), $"'{key}' must be a list");
        return null;
    }
}
