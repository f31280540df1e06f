namespace CmsRules.Core.Language.Runtime;

/// <summary>Collects the values of one median; an even count takes the mean of the middle two.</summary>
public sealed class MedianAccumulator
{
    private decimal[] _values = new decimal[16];
    private int _count;

    public void Add(decimal value)
    {
        if (_count == _values.Length) Array.Resize(ref _values, _count * 2);
        _values[_count++] = value;
    }

    public decimal? Result()
    {
        if (_count == 0) return null;
        Array.Sort(_values, 0, _count);
        var mid = _count / 2;
        return _count % 2 == 1 ? _values[mid] : (_values[mid - 1] + _values[mid]) / 2m;
    }
}
