using System.Runtime.InteropServices;
using Perfolizer.Horology;

namespace NewsParsing.Benchmarks.Running;

/// <summary>
/// A BenchmarkDotNet clock that reads the CPU time of the calling thread (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>), not
/// the wall clock: time the thread spends waiting for a core other processes hold is not counted, so on a shared
/// machine the figures stay near what the code costs (the targets are per core). Garbage collections the
/// parse triggers run on its thread (the benchmark project turns concurrent collection off) and are counted. The
/// runner uses it with <c>--cpu-time</c>; in-process, the engine reads the clock on the thread that runs the case.
/// </summary>
internal sealed class ThreadCpuClock : IClock
{
    public static readonly ThreadCpuClock Instance = new();

    private const int ClockThreadCpuTimeId = 3;

    public string Title => "Thread CPU time";

    public bool IsAvailable => OperatingSystem.IsLinux() && clock_gettime(ClockThreadCpuTimeId, out _) == 0;

    /// <summary>Timestamps are nanoseconds.</summary>
    public Frequency Frequency => new(1e9);

    public long GetTimestamp()
    {
        clock_gettime(ClockThreadCpuTimeId, out var time);
        return time.Seconds * 1_000_000_000 + time.Nanoseconds;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int clock_gettime(int clockId, out Timespec time);
}
