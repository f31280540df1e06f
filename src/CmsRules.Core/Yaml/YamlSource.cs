using System.Text.RegularExpressions;
using CmsRules.Core.Definitions;
using CmsRules.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CmsRules.Core.Yaml;

/// <summary>A definition file: its name as errors give it, its lines (for carets and block indents) and its YAML root.</summary>
internal sealed partial class YamlSource
{
    private readonly string[] _lines;

    private YamlSource(string path, string text, YamlMappingNode root)
    {
        Path = path;
        _lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Root = root;
    }

    public string Path { get; }
    public YamlMappingNode Root { get; }

    /// <summary>Parses a file's text; malformed YAML, or a root that is not a mapping, is reported and gives null.</summary>
    public static YamlSource? Parse(string path, string text, DiagnosticBag bag)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            // YamlDotNet prefixes its messages with the position, which our location already gives.
            var message = PositionPrefix().Replace(e.InnerException is YamlException inner ? inner.Message : e.Message, "");
            bag.Error(new SourceLocation(path, (int)e.Start.Line, (int)e.Start.Column), $"malformed YAML: {message}");
            return null;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var at = stream.Documents.Count == 0 ? new SourceLocation(path, 1, 1) : new SourceLocation(path, (int)stream.Documents[0].RootNode.Start.Line, (int)stream.Documents[0].RootNode.Start.Column);
            bag.Error(at, "a definition file must be a mapping of sections (tables, assumptions, rounding, dimensions, fields, measures)");
            return null;
        }
        return new YamlSource(path, text, root);
    }

    public SourceLocation At(YamlNode node) => new(Path, (int)node.Start.Line, (int)node.Start.Column);

    /// <summary>
    /// An expression: a string in the language, or `{ csharp: ... }` for the C# escape hatch, placed so that its
    /// errors point at this file's lines and columns (a block scalar's text starts on the line after `|`).
    /// </summary>
    public ExpressionText? Expression(YamlNode node, string key, DiagnosticBag bag)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                return Text(scalar, isCSharp: false);
            case YamlMappingNode { Children.Count: 1 } mapping
                when mapping.Children.Single() is ({ } k, YamlScalarNode code) && k is YamlScalarNode { Value: "csharp" }:
                return Text(code, isCSharp: true);
            default:
                bag.Error(At(node), $"'{key}' must be an expression, or {{ csharp: ... }} for a C# expression");
                return null;
        }
    }

    private ExpressionText Text(YamlScalarNode scalar, bool isCSharp)
    {
        var value = scalar.Value ?? "";
        var start = At(scalar);
        switch (scalar.Style)
        {
            case ScalarStyle.Literal or ScalarStyle.Folded:
                var first = (int)scalar.Start.Line + 1;
                var indent = _lines.Skip(first - 1).Where(l => l.Trim().Length > 0)
                    .Select(l => l.Length - l.TrimStart(' ').Length).FirstOrDefault();
                return new ExpressionText(value, start with { Line = first, Column = indent + 1 }, indent + 1, isCSharp);
            case ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted:
                return new ExpressionText(value, start with { Column = start.Column + 1 }, start.Column + 1, isCSharp);
            default:
                return new ExpressionText(value, start, start.Column, isCSharp);
        }
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex PositionPrefix();
}
