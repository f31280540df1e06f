using CmsRules.Cli;

namespace CmsRules.Tests.Cli;

public sealed class HugePagesTests
{
    [Fact]
    public void The_heap_reservation_is_advised_to_use_huge_pages()
    {
        if (!OperatingSystem.IsLinux()) return; // the advice is Linux's own

        HugePages.AdviseHeap();
        var reservations = HugePages.AnonymousMappings().Where(m => m.Length >= 1UL << 30).Select(m => m.Start).ToList();
        reservations.ShouldNotBeEmpty(); // the garbage collector's

        // /proc/self/smaps repeats each mapping line of /proc/self/maps, followed by its details, VmFlags last;
        // "hg" there is the huge-page advice.
        var advised = new List<ulong>();
        ulong? current = null;
        foreach (var line in File.ReadLines("/proc/self/smaps"))
        {
            if (char.IsAsciiHexDigit(line[0]) && line.Contains('-')) current = Convert.ToUInt64(line[..line.IndexOf('-')], 16);
            else if (line.StartsWith("VmFlags:") && line.Split(' ').Contains("hg")) advised.Add(current!.Value);
        }
        reservations.ShouldBeSubsetOf(advised); // the heap may have grown since, splitting off advised parts
    }
}
