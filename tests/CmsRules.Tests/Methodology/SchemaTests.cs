using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CmsRules.Tests.Engine;
using Json.Schema;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CmsRules.Tests.Methodology;

/// <summary>The JSON Schema that editors use must accept every definition file and reject a misspelt key.</summary>
public sealed class SchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(Repository.Measures, "schema", "definitions.schema.json")));

    public static TheoryData<string> DefinitionFiles() =>
        new(Directory.EnumerateFiles(Repository.Measures, "*.yaml").Select(Path.GetFileName).Order()!);

    [Theory]
    [MemberData(nameof(DefinitionFiles))]
    public void The_schema_accepts_the_definition_file(string file)
    {
        var text = File.ReadAllText(Path.Combine(Repository.Measures, file));
        text.ShouldStartWith("# yaml-language-server: $schema=schema/definitions.schema.json");
        var result = Schema.Evaluate(ToJson(text), new EvaluationOptions { OutputFormat = OutputFormat.List });
        result.IsValid.ShouldBeTrue(string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public void The_schema_rejects_a_misspelt_validation_key_and_severity()
    {
        Schema.Evaluate(ToJson("validations:\n  - { name: a, severity: error, check: 'x > 0' }")).IsValid.ShouldBeTrue();
        Schema.Evaluate(ToJson("validations:\n  - { name: a, severity: error, chek: 'x > 0' }")).IsValid.ShouldBeFalse();
        Schema.Evaluate(ToJson("validations:\n  - { name: a, severity: fatal, check: 'x > 0' }")).IsValid.ShouldBeFalse();
    }

    /// <summary>YAML to JSON as an editor sees it: plain scalars that read as booleans or numbers are those.</summary>
    private static JsonElement ToJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return JsonSerializer.SerializeToElement(Convert(stream.Documents[0].RootNode));
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, Convert(c.Value)))),
        YamlSequenceNode list => new JsonArray(list.Children.Select(Convert).ToArray()),
        YamlScalarNode { Style: ScalarStyle.Plain, Value: "true" or "false" } s => JsonValue.Create(s.Value == "true"),
        YamlScalarNode { Style: ScalarStyle.Plain, Value: "null" or "~" } => null,
        YamlScalarNode { Style: ScalarStyle.Plain } s when decimal.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) => JsonValue.Create(n),
        YamlScalarNode s => JsonValue.Create(s.Value),
        _ => throw new InvalidOperationException(node.GetType().Name),
    };
}
