namespace CmsRules.SampleData.Simulation;

/// <summary>
/// A fixed-size ring of recently issued ids (children, parents), the only memory the generator keeps
/// across case groups: it lets a person appear in a second case group without holding the extract.
/// </summary>
internal sealed class RecentIds(int capacity)
{
    private readonly long[] _ids = new long[capacity];
    private int _count;
    private int _next;

    public bool IsEmpty => _count == 0;

    public void Add(long id)
    {
        _ids[_next] = id;
        _next = (_next + 1) % _ids.Length;
        if (_count < _ids.Length) _count++;
    }

    public long Pick(Prng rng) => _ids[rng.Between(0, _count - 1)];
}
