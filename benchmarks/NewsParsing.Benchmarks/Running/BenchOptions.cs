using System.Globalization;

namespace NewsParsing.Benchmarks.Running;

/// <summary>The runner's command line.</summary>
internal sealed record BenchOptions(bool Short, bool Check, bool CheckAdvisory, double MaxDrop, string? OutDirectory, string? Filter, bool CpuTime, string Command)
{
    /// <summary>
    /// A benchmark fails the check when its throughput relative to its IndexOfAny baseline falls by more than this
    /// fraction from the committed results. Loose on purpose: shared 2-core machines are noisy (see results/README.md).
    /// </summary>
    public const double DefaultMaxDrop = 0.5;

    public static BenchOptions? Parse(string[] args)
    {
        bool isShort = false, check = false, advisory = false, cpuTime = false;
        var maxDrop = DefaultMaxDrop;
        string? outDirectory = null, filter = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--short": isShort = true; break;
                case "--full": isShort = false; break;
                case "--check": check = true; isShort = true; break;
                case "--check-advisory": check = true; advisory = true; isShort = true; break;
                case "--max-drop" when i + 1 < args.Length && double.TryParse(args[i + 1], CultureInfo.InvariantCulture, out maxDrop) && maxDrop is > 0 and < 1:
                    i++; break;
                case "--out" when i + 1 < args.Length: outDirectory = args[++i]; break;
                case "--filter" when i + 1 < args.Length: filter = args[++i]; break;
                case "--cpu-time": cpuTime = true; break;
                default:
                    Console.Error.WriteLine($"bench: unknown or incomplete argument '{args[i]}'");
                    Console.Error.WriteLine("usage: [--short | --full] [--check | --check-advisory] [--max-drop 0..1] [--out DIR] [--filter TEXT] [--cpu-time]");
                    return null;
            }
        }
        return new BenchOptions(isShort, check, advisory, maxDrop, outDirectory, filter, cpuTime, "benchmarks/run " + string.Join(' ', args));
    }
}
