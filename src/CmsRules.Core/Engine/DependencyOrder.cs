namespace CmsRules.Core.Engine;

/// <summary>Orders items so that each comes after everything it depends on, and finds the cycles that make that impossible.</summary>
public static class DependencyOrder
{
    /// <returns>the items in dependency order (ties kept in input order), and each cycle found as the list of its members</returns>
    public static (IReadOnlyList<T> Order, IReadOnlyList<IReadOnlyList<T>> Cycles) Sort<T>(
        IReadOnlyList<T> items, Func<T, IEnumerable<T>> dependencies) where T : notnull
    {
        var state = new Dictionary<T, int>(); // 1 = on the current path, 2 = done
        var order = new List<T>();
        var cycles = new List<IReadOnlyList<T>>();
        var path = new List<T>();

        void Visit(T item)
        {
            if (state.TryGetValue(item, out var s))
            {
                if (s == 1) cycles.Add(path.Skip(path.IndexOf(item)).ToList());
                return;
            }
            state[item] = 1;
            path.Add(item);
            foreach (var dependency in dependencies(item)) Visit(dependency);
            path.RemoveAt(path.Count - 1);
            state[item] = 2;
            order.Add(item);
        }

        foreach (var item in items) Visit(item);
        return (order, cycles);
    }
}
