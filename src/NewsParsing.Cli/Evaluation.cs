namespace NewsParsing.Cli;

/// <summary>
/// <c>newsparse eval ...</c>: measurements against the annotated data in <c>../shared/data</c>
/// (never copied into the repository). Each evaluation lives in its own file.
/// </summary>
internal static class Evaluation
{
    public static int Run(string[] args, Stream stdout, TextWriter stderr)
    {
        if (args.Length == 0)
        {
            stderr.WriteLine("newsparse eval: name an evaluation: dumps, html, dates. See --help.");
            return CommandLine.ExitUsage;
        }
        var rest = args[1..];
        var data = OptionValue(rest, "--data") ?? (RepositoryPaths.FindShared() is { } shared ? Path.Combine(shared, "data") : null);
        if (data is null || !Directory.Exists(data))
        {
            stderr.WriteLine("newsparse eval: the shared data folder (../shared/data) was not found; pass --data DIR.");
            return CommandLine.ExitUsage;
        }
        using var output = new StreamWriter(stdout, leaveOpen: true);
        return args[0] switch
        {
            "dumps" => DumpEvaluation.Run(data, output),
            "claims" => ClaimEvaluation.Run(data, rest, output),
            "quotes" => QuoteEvaluation.Run(data, rest, output),
            "html" => HtmlEvaluation.RunHtml(data, OptionValue(rest, "--out") ?? Path.Combine(Path.GetTempPath(), "newsparse-eval"), output),
            "dates" => HtmlEvaluation.RunDates(data, OptionValue(rest, "--out") ?? Path.Combine(Path.GetTempPath(), "newsparse-eval"), output),
            _ => Unknown(args[0], stderr),
        };
    }

    internal static string? OptionValue(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private static int Unknown(string name, TextWriter stderr)
    {
        stderr.WriteLine($"newsparse eval: unknown evaluation '{name}'.");
        return CommandLine.ExitUsage;
    }
}
