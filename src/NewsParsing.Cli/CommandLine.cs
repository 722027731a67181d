using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsParsing.Cli;

/// <summary>The <c>newsparse</c> command: argument handling, the sub-commands, and file mode.</summary>
internal static class CommandLine
{
    /// <summary>Every input was parsed (or the command did what was asked).</summary>
    public const int ExitOk = 0;
    /// <summary>Some inputs could not be parsed: each has an <c>error</c> (or a line on standard error); the rest were written.</summary>
    public const int ExitSomeFailed = 1;
    /// <summary>Bad usage: an unknown option, a missing value, an input that names no file. Nothing was parsed.</summary>
    public const int ExitUsage = 2;

    internal static readonly JsonWriterOptions CompactJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = false };
    internal static readonly JsonWriterOptions IndentedJson = CompactJson with { Indented = true };

    public const string Usage = """
        newsparse: parse news articles (plain text or HTML) into JSON, Markdown or text.

        Usage:
          newsparse [options] [INPUT...]       parse files; with no INPUT, standard input when something is
                                               piped to it, else the repository's seeds/ folder
          newsparse --jsonl                    JSON lines on standard input: {"id", "text"} or {"id", "html", "url"?};
                                               one JSON line out per line in, in order, parsed in parallel
          newsparse eval dumps [--data DIR]    headline/lede and paragraph accuracy on dumps rendered from
                                               ../shared/data/dates/dev (rows with a gold body)
          newsparse eval html [--out DIR]      body predictions for tools/eval_html_extraction.py
          newsparse eval dates [--out DIR]     date/title/author predictions for tools/eval_dates.py
          newsparse eval quotes [--gold F] [--out F] [--nested]  quote predictions for tools/eval_quotes.py
                                               (default PolNeAR dev; --nested: the German corpus's scheme)
          newsparse eval claims [--gold F] [--out F]  claim predictions for tools/eval_quotes.py (default PolNeAR dev)
          newsparse compare [--pretty] A B [C...]  same quotes, conflicting claims, dates that disagree
          newsparse --help | --version

        INPUT is a file, a folder (its files), a pattern ('seeds/*.txt', 'pages/**/*.html') or - (standard input).

        Options:
          -f, --format FORMAT   jsonl (default): one JSON object per article and line, the JSON contract;
                                json: one indented JSON array; markdown; text
          --pretty              indent each JSON object (jsonl)
          -q, --quiet           no progress bar (it is drawn on standard error only when that is a terminal)
          -h, --help            this help
          --version             the version

        Exit codes: 0 every input parsed; 1 some inputs failed (in JSON each has an "error" field, otherwise
        a line on standard error), the others were written; 2 bad usage, nothing parsed.
        """;

    public static int Run(string[] args, TextReader stdin, Stream stdout, TextWriter stderr) =>
        Run(args, stdin, stdout, stderr, CliConsole.Redirected);

    public static int Run(string[] args, TextReader stdin, Stream stdout, TextWriter stderr, CliConsole console)
    {
        // Sub-commands: one line each.
        if (args.Length > 0 && args[0] == "eval")
            return Evaluation.Run(args[1..], stdout, stderr);
        if (args.Length > 0 && args[0] == "compare")
            return CompareCommand.Run(args[1..], stdout, stderr);

        var jsonl = false;
        var pretty = false;
        var quiet = false;
        OutputFormat? format = null;
        var inputs = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "--jsonl":
                    jsonl = true;
                    break;
                case "--pretty":
                    pretty = true;
                    break;
                case "-q" or "--quiet":
                    quiet = true;
                    break;
                case "-f" or "--format":
                    if (i + 1 >= args.Length || !ArticleOutput.TryParseFormat(args[++i], out var chosen))
                        return UsageError(stderr, $"{arg} takes one of json, jsonl, markdown, text.");
                    format = chosen;
                    break;
                case "-h" or "--help":
                    WriteLine(stdout, Usage);
                    return ExitOk;
                case "--version":
                    WriteLine(stdout, Version);
                    return ExitOk;
                default:
                    if (arg.StartsWith("--format=", StringComparison.Ordinal))
                    {
                        if (!ArticleOutput.TryParseFormat(arg["--format=".Length..], out var given))
                            return UsageError(stderr, "--format takes one of json, jsonl, markdown, text.");
                        format = given;
                    }
                    else if (arg.StartsWith('-') && arg != InputFiles.StandardInput)
                        return UsageError(stderr, $"unknown option '{arg}'.");
                    else
                        inputs.Add(arg);
                    break;
            }
        }

        if (jsonl)
        {
            if (inputs.Count > 0 || format is not (null or OutputFormat.JsonLines))
                return UsageError(stderr, "--jsonl reads JSON lines from standard input and writes JSON lines; it takes no INPUT or other --format.");
            return JsonLinesRunner.Run(NewsParser.Default, stdin, stdout);
        }
        return ParseFiles(inputs, format ?? OutputFormat.JsonLines, pretty, quiet, stdin, stdout, stderr, console);
    }

    internal static string Version =>
        typeof(NewsParser).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    private static int UsageError(TextWriter stderr, string message)
    {
        stderr.WriteLine($"newsparse: {message} See --help.");
        return ExitUsage;
    }

    private static void WriteLine(Stream stdout, string text)
    {
        using var writer = new StreamWriter(stdout, leaveOpen: true) { NewLine = "\n" };
        writer.WriteLine(text);
    }

    private static int ParseFiles(List<string> inputs, OutputFormat format, bool pretty, bool quiet,
        TextReader stdin, Stream stdout, TextWriter stderr, CliConsole console)
    {
        if (inputs.Count == 0)
        {
            if (console.InputIsPiped)
                inputs.Add(InputFiles.StandardInput);
            else if (RepositoryPaths.FindSeeds() is { } seeds)
                inputs.Add(seeds);
            else
                return UsageError(stderr, "no input given, nothing piped, and no seeds/ folder here or above.");
        }

        var files = InputFiles.Expand(inputs, out var error);
        if (error is not null)
            return UsageError(stderr, error);

        // Parsed in parallel across cores and written in input order, as in --jsonl.
        var results = files
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(Environment.ProcessorCount)
            .Select(file => ParseFile(file, stdin));
        var failed = 0;
        var done = 0;
        using (var output = ArticleOutput.Create(format, pretty, stdout, stderr))
        using (var progress = ProgressBar.Start(stderr, files.Count, console, quiet))
        {
            foreach (var result in results)
            {
                var id = new InputId(result.File == InputFiles.StandardInput ? result.File : Path.GetFileName(result.File));
                if (result.Article is { } article)
                    output.Write(id, article);
                else
                {
                    failed++;
                    output.WriteError(id, result.Error!);
                }
                progress?.Report(++done, result.File);
            }
        }
        return failed == 0 ? ExitOk : ExitSomeFailed;
    }

    private readonly record struct FileResult(string File, Model.Article? Article, string? Error);

    private static FileResult ParseFile(string file, TextReader stdin)
    {
        try
        {
            if (file == InputFiles.StandardInput)
                return new FileResult(file, NewsParser.Default.Parse(stdin.ReadToEnd()), null);
            // From bytes, so that the parser detects the encoding (BOM, HTML charset, UTF-8 or Windows-1252).
            using var stream = File.OpenRead(file);
            return new FileResult(file, NewsParser.Default.Parse(stream), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NewsParsingException)
        {
            return new FileResult(file, null, e.Message);
        }
    }
}
