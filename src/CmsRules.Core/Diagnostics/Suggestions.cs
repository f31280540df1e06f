namespace CmsRules.Core.Diagnostics;

/// <summary>"Did you mean ...?" for misspelt names: the closest candidate by edit distance, when close enough.</summary>
public static class Suggestions
{
    public static string? Closest(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var d = Distance(name.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (d < bestDistance || (d == bestDistance && string.CompareOrdinal(candidate, best) < 0))
                (best, bestDistance) = (candidate, d);
        }
        return best is not null && bestDistance <= Math.Max(2, name.Length / 3) ? best : null;
    }

    /// <summary>" (did you mean 'x'?)" or an empty string, to append to a message.</summary>
    public static string DidYouMean(string name, IEnumerable<string> candidates) =>
        Closest(name, candidates) is { } s ? $" (did you mean '{s}'?)" : "";

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
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
