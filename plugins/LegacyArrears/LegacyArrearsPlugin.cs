using CmsRules.Sdk;

namespace CmsRules.Plugins.LegacyArrears;

/// <summary>
/// The legacy_arrears family: CSA debt moved onto the CMS system and rolled forward through its transactions. The
/// balance as of a day is a field in the expression language (a sum over the transactions), so no C# is needed.
/// </summary>
public sealed class LegacyArrearsPlugin : ICmsRulesPlugin
{
    public string Name => "LegacyArrears";
    public string Version => "1.0.0";

    public void Register(IPluginRegistrar registrar) => registrar.AddDefinitions("legacy_arrears");
}
