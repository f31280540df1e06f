using System.Text.Json;
using CmsRules.Core.Definitions;

namespace CmsRules.Core.Output;

/// <summary>
/// manifest.json: what a run was computed from, so a published figure can be traced and reproduced: the hash of every
/// definition file, the assumption values, the extract's fingerprint and the periods. It holds no time stamp, so the
/// same inputs give the same bytes. <see cref="Plugins"/> lists the plugin assemblies whose families the run included.
/// </summary>
public sealed record RunManifest(
    string Tool,
    IReadOnlyList<DefinitionFile> Definitions,
    IReadOnlyList<(string Name, string Value, bool IsDefault)> Assumptions,
    IReadOnlyList<ExtractFile> ExtractFiles,
    string Frequency,
    string FirstPeriod,
    string LastPeriod,
    IReadOnlyList<string> CSharpDefinitions,
    IReadOnlyList<PluginRecord>? Plugins = null)
{
    public void Write(string path) => AtomicFile.Write(path, stream =>
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("tool", Tool);
        json.WriteStartObject("periods");
        json.WriteString("frequency", Frequency);
        json.WriteString("first", FirstPeriod);
        json.WriteString("last", LastPeriod);
        json.WriteEndObject();
        json.WriteStartArray("assumptions");
        foreach (var (name, value, isDefault) in Assumptions)
        {
            json.WriteStartObject();
            json.WriteString("name", name);
            json.WriteString("value", value);
            json.WriteBoolean("default", isDefault);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartObject("extract");
        json.WriteStartArray("files");
        foreach (var file in ExtractFiles)
        {
            json.WriteStartObject();
            json.WriteString("name", file.Name);
            json.WriteNumber("bytes", file.Bytes);
            json.WriteNumber("rows", file.Rows);
            json.WriteString("sha256", file.Sha256);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartArray("definitions");
        foreach (var file in Definitions)
        {
            json.WriteStartObject();
            json.WriteString("path", file.Path);
            json.WriteString("sha256", file.Sha256);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("csharp_definitions");
        foreach (var name in CSharpDefinitions) json.WriteStringValue(name);
        json.WriteEndArray();
        json.WriteStartArray("plugins");
        foreach (var plugin in Plugins ?? [])
        {
            json.WriteStartObject();
            json.WriteString("name", plugin.Name);
            json.WriteString("version", plugin.Version);
            json.WriteString("sdk", plugin.Sdk);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    });
}

/// <summary>An extract file as it was read: its size, data rows and content hash.</summary>
public sealed record ExtractFile(string Name, long Bytes, long Rows, string Sha256);

/// <summary>A plugin a run included: its name, its own version and the SDK version it was built against (plain data; Core knows no plugins).</summary>
public sealed record PluginRecord(string Name, string Version, string Sdk);
