using System.Diagnostics;
using System.Runtime.InteropServices;

namespace NewsParsing.Tests.Robustness;

/// <summary>
/// Checks that the work a parse does grows in proportion to its input, by comparing a large input with a small
/// one of the same shape. Never an absolute time: the bound is a ratio, so a slow or busy machine cannot fail it.
/// The main measure is deterministic: bytes allocated on the parsing thread. The parsing thread's CPU time (not
/// wall time, so other processes do not count) is a backstop against work that allocates nothing, with a slack wide
/// enough for caches and JIT tiers yet far below a quadratic blow-up (a quadratic parse of an input 100 times larger
/// takes 10,000 times longer; the bound allows 25 x 100).
/// </summary>
internal static class WorkScaling
{
    /// <summary>How much more allocation per input character the large input may need (buffers grow by doubling).</summary>
    private const double AllocationSlack = 4;

    /// <summary>How much slower per input character the large input may be: caches, GC, a busy neighbour.</summary>
    private const double TimeSlack = 25;

    /// <summary>A fixed allowance (bytes) for allocation that does not depend on the input (lexicons, lists).</summary>
    private const long AllocationAllowance = 1 << 20;

    public readonly record struct Work(long AllocatedBytes, TimeSpan Elapsed);

    /// <summary>The least work over <paramref name="repeats"/> runs: the run least disturbed by anything else.</summary>
    public static Work Measure(Action action, int repeats)
    {
        var bytes = long.MaxValue;
        var elapsed = TimeSpan.MaxValue;
        for (var i = 0; i < repeats; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var started = ThreadTime();
            action();
            var spent = ThreadTime() - started;
            bytes = Math.Min(bytes, GC.GetAllocatedBytesForCurrentThread() - before);
            elapsed = TimeSpan.FromTicks(Math.Min(elapsed.Ticks, spent.Ticks));
        }
        return new Work(bytes, elapsed);
    }

    /// <summary>The CPU time of the calling thread where the OS tells it (Linux), else the wall clock.</summary>
    private static TimeSpan ThreadTime()
    {
        if (OperatingSystem.IsLinux() && NativeMethods.ClockGetTime(NativeMethods.ClockThreadCpuTime, out var now) == 0)
            return TimeSpan.FromTicks(now.Seconds * TimeSpan.TicksPerSecond + now.Nanoseconds / 100);
        return Stopwatch.GetElapsedTime(0);
    }

    private static class NativeMethods
    {
        public const int ClockThreadCpuTime = 3; // CLOCK_THREAD_CPUTIME_ID

        [StructLayout(LayoutKind.Sequential)]
        public struct TimeSpec
        {
            public long Seconds;
            public long Nanoseconds;
        }

        [DllImport("libc", EntryPoint = "clock_gettime")]
        public static extern int ClockGetTime(int clock, out TimeSpec time);
    }

    /// <summary>
    /// Runs <paramref name="parse"/> on a small and a large input of one shape, asserts that the large one's work
    /// is within the slack of the small one's scaled by the size ratio, and returns the large input's result.
    /// </summary>
    public static T AssertProportional<T>(string small, string large, Func<string, T> parse, int largeRepeats = 2)
    {
        parse(small); // JIT and lexicons, so the first measurement is not of start-up
        var smallWork = Measure(() => parse(small), repeats: 5);
        T result = default!;
        var largeWork = Measure(() => result = parse(large), largeRepeats);
        var sizeRatio = (double)large.Length / small.Length;

        var allowedBytes = smallWork.AllocatedBytes * sizeRatio * AllocationSlack + AllocationAllowance;
        Assert.True(largeWork.AllocatedBytes <= allowedBytes,
            $"allocation grew faster than the input: {smallWork.AllocatedBytes:N0} B for {small.Length:N0} chars, " +
            $"{largeWork.AllocatedBytes:N0} B for {large.Length:N0} chars (allowed {allowedBytes:N0})");

        // A floor on the small time keeps timer resolution from making the ratio meaningless.
        var smallTicks = Math.Max(smallWork.Elapsed.Ticks, TimeSpan.FromMilliseconds(0.05).Ticks);
        var timeRatio = (double)largeWork.Elapsed.Ticks / smallTicks;
        Assert.True(timeRatio <= sizeRatio * TimeSlack,
            $"work grew faster than the input: {smallWork.Elapsed.TotalMilliseconds:F2} ms CPU for {small.Length:N0} chars, " +
            $"{largeWork.Elapsed.TotalMilliseconds:F2} ms for {large.Length:N0} chars (ratio {timeRatio:F0}, size ratio {sizeRatio:F0})");
        return result;
    }
}
