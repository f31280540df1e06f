using System.Globalization;
using System.Runtime.InteropServices;
using CmsRules.Cli;

namespace CmsRules.Tests.Cli;

public sealed class HugePagesTests
{
    private const int ProtNone = 0, MapPrivate = 0x02, MapAnonymous = 0x20, MapNoReserve = 0x4000;

    [DllImport("libc", SetLastError = true)]
    private static extern nint mmap(nint address, nuint length, int protection, int flags, int fd, nint offset);

    [DllImport("libc", SetLastError = true)]
    private static extern int munmap(nint address, nuint length);

    [Fact]
    public void A_reservation_of_a_gigabyte_or_more_is_advised_to_use_huge_pages()
    {
        if (!OperatingSystem.IsLinux()) return; // the advice is Linux's own

        // A reservation like the garbage collector's, made here so that the heap growing meanwhile cannot change it.
        const ulong length = 2UL << 30;
        var reservation = mmap(0, (nuint)length, ProtNone, MapPrivate | MapAnonymous | MapNoReserve, -1, 0);
        reservation.ShouldNotBe(-1);
        try
        {
            VmFlagsAt((ulong)reservation).ShouldNotContain("hg");

            HugePages.AdviseHeap();

            VmFlagsAt((ulong)reservation).ShouldContain("hg");
        }
        finally
        {
            munmap(reservation, (nuint)length);
        }
    }

    /// <summary>The VmFlags of the mapping holding an address, from /proc/self/smaps ("hg": huge pages advised).</summary>
    private static string[] VmFlagsAt(ulong address)
    {
        var inside = false;
        foreach (var line in File.ReadLines("/proc/self/smaps"))
        {
            if (char.IsAsciiHexDigit(line[0]) && line.Split(' ')[0].Split('-') is [var start, var end])
                inside = ulong.Parse(start, NumberStyles.HexNumber, CultureInfo.InvariantCulture) <= address
                         && address < ulong.Parse(end, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            else if (inside && line.StartsWith("VmFlags:", StringComparison.Ordinal))
                return line["VmFlags:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        }
        throw new InvalidOperationException($"no mapping holds {address:x}");
    }
}
