namespace CmsRules.Core.Engine;

/// <summary>
/// What the definitions say about which measures can move: a measure over a table reads the assumptions it names
/// (through fields too); a measure built from others also reads everything they read.
/// </summary>
public static class DependencyAnalysis
{
    /// <summary>
    /// The measures whose figures can change when <paramref name="assumptions"/> change; every other measure is proven
    /// unaffected. A C# condition may read anything, so its measure counts as affected by any change.
    /// </summary>
    public static IReadOnlySet<string> AffectedBy(Catalog catalog, IReadOnlySet<string> assumptions)
    {
        var affected = new HashSet<string>(StringComparer.Ordinal);
        if (assumptions.Count == 0) return affected;
        foreach (var measure in catalog.EvaluationOrder) // inputs come first, so one pass settles everything
        {
            var dependencies = measure.Dependencies;
            if (dependencies.UsesCSharp || dependencies.Assumptions.Overlaps(assumptions) || dependencies.Measures.Overlaps(affected))
                affected.Add(measure.Id);
        }
        return affected;
    }

    /// <summary>The given measures with every measure they are built from, directly or through others.</summary>
    public static IReadOnlySet<string> WithInputs(Catalog catalog, IEnumerable<string> measures)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(measures);
        while (pending.TryPop(out var id))
            if (result.Add(id) && catalog.Find(id) is { } measure)
                foreach (var input in measure.Dependencies.Measures) pending.Push(input);
        return result;
    }

    /// <summary>The assumptions a measure reads, directly or through the measures it is built from.</summary>
    public static IReadOnlySet<string> AssumptionsRead(Catalog catalog, string measure) =>
        new SortedSet<string>(WithInputs(catalog, [measure]).SelectMany(id => catalog.Find(id)!.Dependencies.Assumptions), StringComparer.Ordinal);
}
