using CmsRules.Sdk;

namespace CmsRules.Plugins.Geography;

/// <summary>
/// The geography family: the constituencies lookup, the constituency breakdown (categories are codes; the lookup names
/// them for people) and the nation_of function for definitions that group ONS codes by nation.
/// </summary>
public sealed class GeographyPlugin : ICmsRulesPlugin
{
    public string Name => "Geography";
    public string Version => "1.0.0";

    public void Register(IPluginRegistrar registrar)
    {
        registrar.AddDefinitions("geography");
        registrar.AddCategoryNames("constituency", "constituencies", "constituency_code", "constituency_name");
        registrar.AddFunction("nation_of", Nations.NationOf, ValueKind.String, ValueKind.String);
    }
}
