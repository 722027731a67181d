using System.Globalization;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;

namespace NewsParsing.Benchmarks.Running;

/// <summary>Writes <c>{mode}.md</c> (a compact table, then BenchmarkDotNet's tables) and <c>{mode}.json</c>.</summary>
internal static class ResultFiles
{
    private static readonly JsonSerializerOptions s_json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static void Write(string directory, string mode, string command, string machine, string clock, Summary[] summaries, List<ResultRow> rows)
    {
        var date = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        File.WriteAllText(Path.Combine(directory, mode + ".json"),
            JsonSerializer.Serialize(new ResultFile(mode, command, machine, date, rows), s_json) + "\n");

        var md = new StringBuilder();
        md.Append("# NewsParsing benchmarks, ").Append(mode).Append(" mode\n\n");
        md.Append("- Command: `").Append(command.Trim()).Append("`\n");
        md.Append("- Machine: ").Append(machine).Append('\n');
        md.Append("- Date: ").Append(date).Append('\n');
        md.Append("- Clock: ").Append(clock).Append('\n');
        md.Append("- One thread per case. MB/s counts the input's UTF-8 bytes (10^6 bytes per MB). \"vs floor\" is the mean time over\n");
        md.Append("  the `IndexOfAny` baseline on the same input. Alloc/model is the bytes allocated per full parse over the heap size\n");
        md.Append("  of the `Article` it returns. Shared machine: absolute times are noisy; compare ratios.\n\n");
        md.Append(CompactTable(rows));
        md.Append("\n## BenchmarkDotNet tables\n");
        foreach (var summary in summaries.Where(s => s.BenchmarksCases.Length > 0))
        {
            var logger = new AccumulationLogger();
            MarkdownExporter.GitHub.ExportToLog(summary, logger);
            md.Append("\n### ").Append(summary.BenchmarksCases.FirstOrDefault()?.Descriptor.Type.Name ?? "empty").Append("\n\n");
            md.Append(logger.GetLog().Trim()).Append('\n');
        }
        File.WriteAllText(Path.Combine(directory, mode + ".md"), md.ToString());
    }

    /// <summary>The table the README copies: one row per case.</summary>
    public static string CompactTable(IEnumerable<ResultRow> rows)
    {
        var md = new StringBuilder();
        md.Append("| benchmark | input | mean | min | MB/s | articles/s | alloc/article | alloc/model | vs floor |\n");
        md.Append("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
        foreach (var row in rows)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {row.Suite.Replace("Bench", "", StringComparison.Ordinal)}: {row.Benchmark} | {row.Input} | {Time(row.MeanNs)} | {Time(row.MinNs)} ");
            md.Append(CultureInfo.InvariantCulture, $"| {Number(row.MBPerSecond, "F1")} | {Number(row.ArticlesPerSecond, "N0")} | {Bytes(row.AllocatedBytesPerArticle)} ");
            md.Append(CultureInfo.InvariantCulture, $"| {Number(row.AllocatedPerModel, "F2")} | {Number(row.RatioToFloor, "F1")}x |\n");
        }
        return md.ToString();
    }

    private static string Number(double? value, string format) => value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "-";

    private static string Time(double ns) => ns switch
    {
        >= 1e9 => (ns / 1e9).ToString("F2", CultureInfo.InvariantCulture) + " s",
        >= 1e6 => (ns / 1e6).ToString("F2", CultureInfo.InvariantCulture) + " ms",
        >= 1e3 => (ns / 1e3).ToString("F2", CultureInfo.InvariantCulture) + " μs",
        _ => ns.ToString("F1", CultureInfo.InvariantCulture) + " ns",
    };

    private static string Bytes(double? bytes) => bytes switch
    {
        null => "-",
        >= 1024 * 1024 => (bytes.Value / 1024 / 1024).ToString("F1", CultureInfo.InvariantCulture) + " MB",
        >= 1024 => (bytes.Value / 1024).ToString("F1", CultureInfo.InvariantCulture) + " KB",
        _ => bytes.Value.ToString("F0", CultureInfo.InvariantCulture) + " B",
    };

    public static ResultFile? Read(string path) =>
        File.Exists(path) ? JsonSerializer.Deserialize<ResultFile>(File.ReadAllText(path), s_json) : null;
}

/// <summary>The JSON committed under benchmarks/results/.</summary>
internal sealed record ResultFile(string Mode, string Command, string Machine, string Date, List<ResultRow> Rows);
