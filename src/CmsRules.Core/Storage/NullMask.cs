namespace CmsRules.Core.Storage;

/// <summary>One bit per row, set where the value is null.</summary>
public sealed class NullMask(int length)
{
    private readonly ulong[] _bits = new ulong[(length + 63) >> 6];

    public int Length { get; } = length;

    public bool this[int row] => (_bits[row >> 6] & (1UL << row)) != 0;

    public void Set(int row) => _bits[row >> 6] |= 1UL << row;

    public bool Any() => _bits.Any(b => b != 0);
}
