namespace CmsRules.SampleData;

/// <summary>
/// Builds a directory under a temporary sibling name and renames it into place only once it is
/// complete, so readers never see a half-written directory and a failure leaves nothing behind.
/// </summary>
internal static class AtomicDirectory
{
    /// <summary>Fills a fresh temporary sibling of <paramref name="target"/> with <paramref name="fill"/>, then moves it to the target, replacing a previous directory there.</summary>
    public static void Write(string target, Action<string> fill)
    {
        var full = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar);
        if (File.Exists(full)) throw new IOException($"{full} is a file, not a directory.");
        var parent = Path.GetDirectoryName(full) ?? throw new IOException($"{full} has no parent directory.");
        Directory.CreateDirectory(parent);
        var temporary = SiblingName(full, "tmp");
        Directory.CreateDirectory(temporary);
        try
        {
            fill(temporary);
            Replace(full, temporary);
        }
        catch
        {
            if (Directory.Exists(temporary)) Directory.Delete(temporary, recursive: true);
            throw;
        }
    }

    /// <summary>Moves <paramref name="temporary"/> onto <paramref name="target"/>; an existing target is first moved aside, then deleted.</summary>
    private static void Replace(string target, string temporary)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(temporary, target);
            return;
        }
        var old = SiblingName(target, "old");
        Directory.Move(target, old);
        try
        {
            Directory.Move(temporary, target);
        }
        catch
        {
            Directory.Move(old, target);
            throw;
        }
        Directory.Delete(old, recursive: true);
    }

    internal static string SiblingName(string full, string purpose) =>
        $"{full}.{purpose}-{Environment.ProcessId}-{Guid.NewGuid():N}";
}
