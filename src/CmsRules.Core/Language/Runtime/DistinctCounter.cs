namespace CmsRules.Core.Language.Runtime;

/// <summary>
/// Counts distinct values or tuples. Every value becomes a long key (decimals and strings through an interning
/// table) and a tuple folds pairwise into one key, so no row allocates.
/// </summary>
public sealed class DistinctCounter
{
    private readonly HashSet<long> _seen = [];
    private Dictionary<(long, long), long>? _pairs;
    private Dictionary<decimal, long>? _decimals;
    private Dictionary<string, long>? _strings;

    public int Count => _seen.Count;

    public void Add(long key) => _seen.Add(key);

    public long Pair(long a, long b) => Intern(_pairs ??= [], (a, b));

    public long Key(decimal value) => Intern(_decimals ??= [], value);

    public long Key(string value) => Intern(_strings ??= new Dictionary<string, long>(StringComparer.Ordinal), value);

    private static long Intern<T>(Dictionary<T, long> table, T value) where T : notnull
    {
        if (!table.TryGetValue(value, out var id)) table[value] = id = table.Count;
        return id;
    }
}
