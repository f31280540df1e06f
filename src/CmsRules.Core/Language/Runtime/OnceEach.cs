using System.Collections.Concurrent;

namespace CmsRules.Core.Language.Runtime;

/// <summary>A value per key, built once even when periods computed in parallel ask for it at the same time.</summary>
internal sealed class OnceEach<TKey, TValue> where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Lazy<TValue>> _values = new();

    public TValue GetOrAdd(TKey key, Func<TKey, TValue> build) =>
        _values.GetOrAdd(key, k => new Lazy<TValue>(() => build(k))).Value;
}
