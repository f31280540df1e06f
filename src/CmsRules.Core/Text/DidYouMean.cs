namespace CmsRules.Core.Text;

/// <summary>Suggests the closest known name for a misspelt one, so error messages can say "did you mean 'x'?".</summary>
public static class DidYouMean
{
    /// <summary>The candidate nearest to <paramref name="name"/> by edit distance, if it is near enough to be a likely typo.</summary>
    public static string? Closest(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            // A name that merely extends a known one (datetime for date) is as likely a slip as a typo.
            var extends = candidate.Length >= 3 && name.StartsWith(candidate, StringComparison.OrdinalIgnoreCase);
            var d = extends ? 1 : Distance(name, candidate);
            if (d < bestDistance) (best, bestDistance) = (candidate, d);
        }
        var limit = Math.Max(2, name.Length / 3);
        return bestDistance <= limit ? best : null;
    }

    /// <summary>" (did you mean 'x'?)" or empty, ready to append to a message.</summary>
    public static string Hint(string name, IEnumerable<string> candidates) =>
        Closest(name, candidates) is { } c ? $" (did you mean '{c}'?)" : "";

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
