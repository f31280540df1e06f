namespace CmsRules.Sdk;

/// <summary>What a plugin may contribute. Tables, assumptions, dimensions, fields and measures come as definition YAML
/// in the format of the repository's measures/ folder; C# comes in only as functions.</summary>
public interface IPluginRegistrar
{
    /// <summary>The folder the plugin assembly was loaded from.</summary>
    string PluginDirectory { get; }

    /// <summary>
    /// Adds a folder of definition files (every `*.yaml` in it; any file may declare tables, assumptions, dimensions,
    /// fields and measures). A relative path is taken from <see cref="PluginDirectory"/>. Its `tests/` subfolder holds
    /// the family's definition tests.
    /// </summary>
    void AddDefinitions(string folder);

    /// <summary>
    /// Adds a function callable from the expression language, type-checked like a built-in. <paramref name="method"/>
    /// must be a static method whose CLR types match the declared ones (see <see cref="ValueKind"/>); it is called only
    /// with non-null arguments, the language giving null when any argument is null.
    /// </summary>
    void AddFunction(string name, Delegate method, ValueKind result, params ValueKind[] parameters);

    /// <summary>
    /// Names the categories of a breakdown dimension from a lookup table of the extract: the category code is a value of
    /// <paramref name="codeColumn"/> and its name the same row's <paramref name="nameColumn"/>. Names are shown to people;
    /// measures.csv keeps the codes.
    /// </summary>
    void AddCategoryNames(string dimension, string table, string codeColumn, string nameColumn);
}
