using System.Globalization;
using System.Runtime.InteropServices;

namespace CmsRules.Cli;

/// <summary>
/// Asks Linux to back the managed heap with transparent huge pages. A run over a million case groups touches about
/// 4 GiB of fresh memory, and the kernel fills each page on its first touch: with 4 KiB pages that is a million page
/// faults, which on a virtual machine cost half the run. Most distributions enable transparent huge pages only for
/// memory that asks (the "madvise" setting), and the runtime does not ask, so this does.
/// </summary>
public static class HugePages
{
    // The garbage collector reserves its whole address range (256 GiB) when the process starts, and commits parts of
    // it as the heap grows; the advice given to the reservation holds for what is committed later. Smaller mappings
    // are the runtime's and libraries' own.
    private const ulong HeapReservation = 1UL << 30;
    private const int MadviseHugePage = 14; // MADV_HUGEPAGE in <sys/mman.h>
    private const string Maps = "/proc/self/maps";

    [DllImport("libc", SetLastError = true)]
    private static extern int madvise(nint address, nuint length, int advice);

    /// <summary>Advises huge pages for every anonymous mapping of 1 GiB or more. Elsewhere than on Linux, or where the
    /// kernel has no transparent huge pages, nothing changes.</summary>
    public static void AdviseHeap()
    {
        if (!OperatingSystem.IsLinux() || !File.Exists(Maps)) return; // no /proc (a bare container): nothing to advise
        foreach (var (start, length) in AnonymousMappings().Where(m => m.Length >= HeapReservation))
            madvise((nint)start, (nuint)length, MadviseHugePage); // a kernel without THP refuses: the run is only slower
    }

    /// <summary>The process's mappings with no file behind them, from /proc/self/maps.</summary>
    private static IEnumerable<(ulong Start, ulong Length)> AnonymousMappings()
    {
        // A line is "start-end perms offset dev inode [path]"; anonymous ones have no path.
        foreach (var line in File.ReadLines(Maps))
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length != 5) continue;
            var range = fields[0].Split('-');
            var start = ulong.Parse(range[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            yield return (start, ulong.Parse(range[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture) - start);
        }
    }
}
