namespace CmsRules.SampleData.Simulation;

/// <summary>
/// xoshiro256** seeded through SplitMix64: small, fast and identical on every platform and runtime,
/// which System.Random does not promise across .NET versions. Reseeded per case group so that each
/// case group's draws depend only on (seed, stream, index).
/// </summary>
internal sealed class Prng
{
    private ulong _s0, _s1, _s2, _s3;

    public Prng(ulong seed, ulong stream, ulong index) => Reseed(seed, stream, index);

    public void Reseed(ulong seed, ulong stream, ulong index)
    {
        var x = seed ^ (stream * 0xD1342543DE82EF95UL) ^ (index * 0x9E3779B97F4A7C15UL);
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    private static ulong SplitMix(ref ulong x)
    {
        var z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public ulong NextUInt64()
    {
        var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    /// <summary>Uniform integer in [low, high] (both inclusive).</summary>
    public int Between(int low, int high) => low + (int)((ulong)(high - low + 1) * (NextUInt64() >> 32) >> 32);

    public double Uniform(double low, double high) => low + (high - low) * NextDouble();

    /// <summary>Exponentially distributed with the given mean.</summary>
    public double Exponential(double mean) => -mean * Math.Log(1.0 - NextDouble());

    /// <summary>Standard normal by Box-Muller (one of the pair; simplicity beats speed here).</summary>
    public double Normal() => Math.Sqrt(-2.0 * Math.Log(1.0 - NextDouble())) * Math.Cos(2.0 * Math.PI * NextDouble());

    /// <summary>Index drawn with the given cumulative weights (the last entry is the total).</summary>
    public int Pick(ReadOnlySpan<double> cumulative)
    {
        var u = NextDouble() * cumulative[^1];
        for (var i = 0; i < cumulative.Length - 1; i++)
            if (u < cumulative[i]) return i;
        return cumulative.Length - 1;
    }
}
