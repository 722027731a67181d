using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Order;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using BenchmarkDotNet.Validators;
using NewsParsing.Benchmarks.Columns;
using NewsParsing.Benchmarks.Inputs;
using Perfolizer.Horology;

namespace NewsParsing.Benchmarks.Running;

/// <summary>Runs the suite in short or full mode, writes results, and optionally checks them against the committed ones.</summary>
internal static class BenchRunner
{
    public static int Run(string[] args)
    {
        if (BenchOptions.Parse(args) is not { } options)
            return 2;
#if DEBUG
        Console.Error.WriteLine("bench: build in Release (benchmarks/run does): Debug timings mean nothing.");
        return 2;
#else
        BenchInputs.ShortMode = options.Short;
        var mode = options.Short ? "short" : "full";
        var resultsDirectory = Path.Combine(BenchInputs.Root, "benchmarks", "results");
        var outDirectory = options.OutDirectory
            ?? (options.Check ? Path.Combine(BenchInputs.Root, "benchmarks", "artifacts", "check") : resultsDirectory);

        List<Type> types = [typeof(ParseTextBench), typeof(StageBench), typeof(DateBench)];
        if (BenchInputs.HasHtmlPages)
            types.Add(typeof(ParseHtmlBench));
        else
            Console.WriteLine($"bench: skipping the HTML benchmarks: {BenchInputs.HtmlDirectory} is absent (../shared is not beside the repository).");

        var summaries = BenchmarkRunner.Run([.. types], CreateConfig(options));
        var rows = ResultRow.From(summaries);
        var failures = Failures(summaries);

        Directory.CreateDirectory(outDirectory);
        var machine = MachineInfo.Describe();
        ResultFiles.Write(outDirectory, mode, options.Command, machine,
            (options.CpuTime ? "thread CPU time (`--cpu-time`): time spent waiting for a core is not counted" : "wall time (Stopwatch)")
                + (Environment.GetEnvironmentVariable("DOTNET_TieredPGO") == "0" ? "; dynamic PGO off (`DOTNET_TieredPGO=0`)" : ""),
            summaries, rows);
        Console.WriteLine($"bench: results written to {Path.Combine(outDirectory, mode)}.md and .json");

        foreach (var failure in failures)
            Console.WriteLine("bench: FAILED " + failure);
        if (failures.Count > 0)
            return 1;

        if (options.Check)
        {
            var committed = Path.Combine(resultsDirectory, "short.json");
            var regressions = RegressionCheck.Run(committed, rows, options.MaxDrop);
            if (regressions != 0 && !options.CheckAdvisory)
                return 1;
        }
        return 0;
#endif
    }

    private static IConfig CreateConfig(BenchOptions options)
    {
        // In-process: no generated project to build, so short mode fits a CI budget. The full mode measures longer.
        var job = (options.Short
                ? Job.Default.WithId("Short").WithWarmupCount(2).WithIterationCount(5).WithIterationTime(TimeInterval.FromMilliseconds(150))
                : Job.Default.WithId("Full").WithWarmupCount(4).WithIterationCount(15).WithIterationTime(TimeInterval.FromMilliseconds(400)))
            .WithLaunchCount(1)
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(10), logOutput: false));
        if (options.CpuTime)
            job = job.WithClock(ThreadCpuClock.Instance);
        var config = ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddLogger(ConsoleLogger.Default)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddColumn([.. InputColumn.All])
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddExporter(MarkdownExporter.GitHub)
            .AddValidator(BaselineValidator.FailOnError, JitOptimizationsValidator.FailOnError)
            .WithOrderer(new DefaultOrderer(SummaryOrderPolicy.Declared, MethodOrderPolicy.Declared))
            .HideColumns(Column.Error, Column.Job, Column.RatioSD, Column.Gen0, Column.Gen1, Column.Gen2)
            .WithArtifactsPath(Path.Combine(BenchInputs.Root, "benchmarks", "artifacts", "bdn"))
            .WithOptions(ConfigOptions.DisableLogFile);
        if (options.Filter is { } filter)
            config = config.AddFilter(new SimpleFilter(c => (c.Descriptor.Type.Name + "." + c.Descriptor.WorkloadMethod.Name + " " + c.Parameters.DisplayInfo)
                .Contains(filter, StringComparison.OrdinalIgnoreCase)));
        return config;
    }

    /// <summary>Every case that threw, failed validation or produced no measurement.</summary>
    private static List<string> Failures(Summary[] summaries)
    {
        List<string> failures = [];
        foreach (var summary in summaries)
        {
            foreach (var error in summary.ValidationErrors.Where(e => e.IsCritical))
                failures.Add($"validation: {error.Message}");
            foreach (var benchmarkCase in summary.BenchmarksCases)
            {
                var report = summary[benchmarkCase];
                if (report is null || !report.Success || report.ResultStatistics is null)
                    failures.Add($"{benchmarkCase.Descriptor.DisplayInfo} [{benchmarkCase.Parameters.DisplayInfo}]: no result (it threw or did not run)");
            }
        }
        if (summaries.Length == 0 || summaries.All(s => s.BenchmarksCases.Length == 0))
            failures.Add("no benchmark ran");
        return failures;
    }
}
