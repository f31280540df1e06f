namespace CmsRules.Sdk;

/// <summary>
/// The entry point of a plugin assembly: exactly one public class implements it, with a public parameterless
/// constructor. The host creates it once and calls <see cref="Register"/> before anything is computed.
/// </summary>
public interface ICmsRulesPlugin
{
    /// <summary>The plugin's name as shown in `cmsrules plugins` and the run manifest.</summary>
    string Name { get; }

    /// <summary>The plugin's own version (any text; semantic versions are usual).</summary>
    string Version { get; }

    /// <summary>Contributes the plugin's definitions, functions and category names.</summary>
    void Register(IPluginRegistrar registrar);
}
