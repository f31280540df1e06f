namespace CmsRules.Sdk;

/// <summary>
/// The version of the plugin contract, semantic major.minor. The host loads a plugin built against the same major and
/// a minor no newer than its own; the version a plugin was built against is the CmsRules.Sdk assembly version it
/// references, so a plugin need not declare it.
/// </summary>
public static class SdkVersion
{
    public const int Major = 1;
    public const int Minor = 0;

    public static Version Current { get; } = new(Major, Minor);

    /// <summary>Whether a plugin built against <paramref name="builtAgainst"/> can run on this SDK.</summary>
    public static bool IsCompatible(Version builtAgainst) => builtAgainst.Major == Major && builtAgainst.Minor <= Minor;
}
