using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsParsing.Model;

namespace NewsParsing.Cli;

/// <summary>The <c>newsparse</c> command: argument handling and the file and JSON-lines modes.</summary>
internal static class CommandLine
{
    public const int ExitOk = 0;
    public const int ExitSomeFailed = 1;
    public const int ExitUsage = 2;

    internal static readonly JsonWriterOptions CompactJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = false };
    internal static readonly JsonWriterOptions IndentedJson = CompactJson with { Indented = true };

    public const string Usage = """
        newsparse: parse news articles (plain text or HTML) into JSON.

        Usage:
          newsparse [--pretty] [FILE|DIR...]   one JSON object per article; with no input, the seeds/ folder
          newsparse --jsonl                    JSON lines on standard input: {"id", "text"} or {"id", "html", "url"?};
                                               one JSON line out per line in, in order, parsed in parallel
          newsparse eval dumps [--data DIR]    headline/lede and paragraph accuracy on dumps rendered from
                                               ../shared/data/dates/dev (rows with a gold body)
          newsparse eval claims [--gold F] [--out F]  claim predictions for tools/eval_quotes.py (default PolNeAR dev)
          newsparse compare [--pretty] A B [C...]  same quotes, conflicting claims, dates that disagree
          newsparse --help | --version

        Exit codes: 0 all inputs parsed; 1 some inputs failed (each has an "error" field); 2 bad usage.
        """;

    public static int Run(string[] args, TextReader stdin, Stream stdout, TextWriter stderr)
    {
        if (args.Length > 0 && args[0] == "eval")
            return Evaluation.Run(args[1..], stdout, stderr);
        if (args.Length > 0 && args[0] == "compare")
            return CompareCommand.Run(args[1..], stdout, stderr);

        var jsonl = false;
        var pretty = false;
        var inputs = new List<string>();
        foreach (var arg in args)
        {
            switch (arg)
            {
                case "--jsonl":
                    jsonl = true;
                    break;
                case "--pretty":
                    pretty = true;
                    break;
                case "-h" or "--help":
                    stderr.WriteLine(Usage);
                    return ExitOk;
                case "--version":
                    stderr.Flush();
                    using (var writer = new StreamWriter(stdout, leaveOpen: true))
                        writer.WriteLine(Version);
                    return ExitOk;
                default:
                    if (arg.StartsWith('-'))
                    {
                        stderr.WriteLine($"newsparse: unknown option '{arg}'. See --help.");
                        return ExitUsage;
                    }
                    inputs.Add(arg);
                    break;
            }
        }

        if (jsonl)
            return JsonLinesRunner.Run(NewsParser.Default, stdin, stdout);
        return ParseFiles(inputs, pretty, stdout, stderr);
    }

    internal static string Version =>
        typeof(NewsParser).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    private static int ParseFiles(List<string> inputs, bool pretty, Stream stdout, TextWriter stderr)
    {
        if (inputs.Count == 0)
        {
            var seeds = RepositoryPaths.FindSeeds();
            if (seeds is null)
            {
                stderr.WriteLine("newsparse: no input given and no seeds/ folder found here or above. See --help.");
                return ExitUsage;
            }
            inputs.Add(seeds);
        }

        var files = new List<string>();
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
                files.AddRange(Directory.EnumerateFiles(input).Where(static f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal));
            else if (File.Exists(input))
                files.Add(input);
            else
            {
                stderr.WriteLine($"newsparse: '{input}' is not a file or folder.");
                return ExitUsage;
            }
        }

        var failed = 0;
        using var json = new Utf8JsonWriter(stdout, pretty ? IndentedJson : CompactJson);
        foreach (var file in files)
        {
            var id = new InputId(Path.GetFileName(file));
            try
            {
                using var stream = File.OpenRead(file);
                var article = NewsParser.Default.Parse(stream);
                ArticleJsonWriter.Write(json, id, article);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or NewsParsingException)
            {
                failed++;
                ArticleJsonWriter.WriteError(json, id, e.Message);
            }
            json.Flush();
            stdout.WriteByte((byte)'\n');
            json.Reset();
        }
        stdout.Flush();
        return failed == 0 ? ExitOk : ExitSomeFailed;
    }
}
