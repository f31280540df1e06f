namespace CmsRules.SampleData;

/// <summary>
/// The default sample extract: a few thousand case groups over the full default range with a fixed
/// seed, generated on first use into a cache folder and reused afterwards. The folder is written
/// atomically, so a half-written sample is never seen, and concurrent first uses are safe.
/// </summary>
public static class SampleExtract
{
    public const int CaseGroups = 3000;
    public const ulong Seed = 2012;

    public static GeneratorOptions Options { get; } = new(CaseGroups, Seed);

    private static readonly Lock Gate = new();

    /// <summary>The directory of the sample extract in the user's cache, generating it if needed.</summary>
    public static string GetDirectory() => GetDirectoryIn(DefaultCacheRoot());

    /// <summary>The directory of the sample extract under <paramref name="cacheRoot"/>, generating it if needed.</summary>
    public static string GetDirectoryIn(string cacheRoot)
    {
        var target = Path.Combine(Path.GetFullPath(cacheRoot), $"sample-v{ExtractGenerator.Version}-{Seed}");
        lock (Gate)
        {
            if (System.IO.Directory.Exists(target)) return target;
            System.IO.Directory.CreateDirectory(cacheRoot);
            var staging = AtomicDirectory.SiblingName(target, "staging");
            try
            {
                ExtractGenerator.Generate(Options, staging);
                try
                {
                    System.IO.Directory.Move(staging, target);
                }
                catch (IOException) when (System.IO.Directory.Exists(target))
                {
                    // Another process finished first; its sample is identical.
                }
            }
            finally
            {
                if (System.IO.Directory.Exists(staging)) System.IO.Directory.Delete(staging, recursive: true);
            }
            return target;
        }
    }

    /// <summary><c>$XDG_CACHE_HOME/cmsrules</c>, else <c>~/.cache/cmsrules</c>.</summary>
    public static string DefaultCacheRoot() => CacheRoot(
        Environment.GetEnvironmentVariable("XDG_CACHE_HOME"),
        Environment.GetFolderPath(Environment.SpecialFolder.UserProfile));

    internal static string CacheRoot(string? xdgCacheHome, string home) =>
        Path.Combine(string.IsNullOrEmpty(xdgCacheHome) ? Path.Combine(home, ".cache") : xdgCacheHome, "cmsrules");
}
