using CmsRules.Sdk;

namespace CmsRules.Plugins.Enforcement;

/// <summary>The enforcement family: the enforcement_actions table and its measures, all written in the expression language.</summary>
public sealed class EnforcementPlugin : ICmsRulesPlugin
{
    public string Name => "Enforcement";
    public string Version => "1.0.0";

    public void Register(IPluginRegistrar registrar) => registrar.AddDefinitions("enforcement");
}
