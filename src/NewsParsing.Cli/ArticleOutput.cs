using System.Text;
using System.Text.Json;
using NewsParsing.Model;

namespace NewsParsing.Cli;

/// <summary>The output formats of file mode (<c>--format</c>).</summary>
internal enum OutputFormat
{
    /// <summary>One compact JSON object per article and line: the JSON contract (the default).</summary>
    JsonLines,
    /// <summary>One indented JSON array of the articles.</summary>
    Json,
    /// <summary>Markdown for people: headline, front matter, body, quotes and claims.</summary>
    Markdown,
    /// <summary>Plain text: headline, front matter and body.</summary>
    Text,
}

/// <summary>Writes the articles of one file-mode run in the chosen <see cref="OutputFormat"/>.</summary>
internal abstract class ArticleOutput : IDisposable
{
    public static bool TryParseFormat(string name, out OutputFormat format)
    {
        (var known, format) = name switch
        {
            "jsonl" => (true, OutputFormat.JsonLines),
            "json" => (true, OutputFormat.Json),
            "markdown" or "md" => (true, OutputFormat.Markdown),
            "text" or "txt" => (true, OutputFormat.Text),
            _ => (false, OutputFormat.JsonLines),
        };
        return known;
    }

    public static ArticleOutput Create(OutputFormat format, bool pretty, Stream stdout, TextWriter stderr) => format switch
    {
        OutputFormat.Json => new JsonArrayOutput(stdout),
        OutputFormat.Markdown => new MarkdownOutput(stdout, stderr),
        OutputFormat.Text => new PlainTextOutput(stdout, stderr),
        _ => new JsonLinesOutput(stdout, pretty),
    };

    /// <summary>
    /// Text as one line of Markdown: characters that would start a heading, list or quote at its start, or
    /// emphasis, a link or HTML anywhere, are escaped, and line breaks inside a block become spaces.
    /// </summary>
    internal static string MarkdownInline(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        var lineStart = true;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                builder.Append(' ');
                lineStart = false;
                continue;
            }
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' || (lineStart && c is '#' or '>' or '-' or '+' or '='))
                builder.Append('\\');
            builder.Append(c);
            lineStart = lineStart && c == ' ';
        }
        return builder.ToString();
    }

    public abstract void Write(InputId id, Article article);

    /// <summary>Reports an input that could not be parsed: in the JSON formats as an <c>{"id", "error"}</c> object.</summary>
    public abstract void WriteError(InputId id, string error);

    public abstract void Dispose();

    private sealed class JsonLinesOutput(Stream stdout, bool pretty) : ArticleOutput
    {
        private readonly Utf8JsonWriter _json = new(stdout, pretty ? CommandLine.IndentedJson : CommandLine.CompactJson);

        public override void Write(InputId id, Article article) => EndLine(() => ArticleJsonWriter.Write(_json, id, article));

        public override void WriteError(InputId id, string error) => EndLine(() => ArticleJsonWriter.WriteError(_json, id, error));

        private void EndLine(Action write)
        {
            write();
            _json.Flush();
            stdout.WriteByte((byte)'\n');
            _json.Reset();
        }

        public override void Dispose()
        {
            _json.Dispose();
            stdout.Flush();
        }
    }

    private sealed class JsonArrayOutput : ArticleOutput
    {
        private readonly Stream _stdout;
        private readonly Utf8JsonWriter _json;

        public JsonArrayOutput(Stream stdout)
        {
            _stdout = stdout;
            _json = new Utf8JsonWriter(stdout, CommandLine.IndentedJson);
            _json.WriteStartArray();
        }

        public override void Write(InputId id, Article article) => ArticleJsonWriter.Write(_json, id, article);

        public override void WriteError(InputId id, string error) => ArticleJsonWriter.WriteError(_json, id, error);

        public override void Dispose()
        {
            _json.WriteEndArray();
            _json.Flush();
            _json.Dispose();
            _stdout.WriteByte((byte)'\n');
            _stdout.Flush();
        }
    }

    /// <summary>The formats for people: errors go to standard error, articles are separated by a rule.</summary>
    private abstract class HumanOutput(Stream stdout, TextWriter stderr, string separator) : ArticleOutput
    {
        protected readonly StreamWriter Out = new(stdout, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        private bool _any;

        public override void Write(InputId id, Article article)
        {
            if (_any)
                Out.Write(separator);
            _any = true;
            WriteArticle(article);
        }

        protected abstract void WriteArticle(Article article);

        public override void WriteError(InputId id, string error) => stderr.WriteLine($"newsparse: {id}: {error}");

        public override void Dispose() => Out.Dispose();

        /// <summary>"2025-03-14 · By Jane Doe and John Roe · KYIV, Ukraine (AP)": the parts the article has.</summary>
        protected static string FrontMatter(Article article)
        {
            var parts = new List<string>();
            if (article.Published is { } published)
                parts.Add(published.ToString());
            if (article.Authors.Length > 0)
                parts.Add("By " + JoinNames(article.Authors));
            if (article.Dateline is { } dateline)
                parts.Add(dateline);
            if (article.Metadata.SiteName is { } site)
                parts.Add(site);
            return string.Join(" · ", parts);
        }

        private static string JoinNames(IReadOnlyList<string> names) =>
            names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];
    }

    private sealed class MarkdownOutput(Stream stdout, TextWriter stderr) : HumanOutput(stdout, stderr, "\n---\n\n")
    {
        protected override void WriteArticle(Article article)
        {
            if (article.Headline is { } headline)
                Out.WriteLine($"# {MarkdownInline(headline)}\n");
            if (FrontMatter(article) is { Length: > 0 } front)
                Out.WriteLine($"*{MarkdownInline(front)}*\n");
            if (article.Metadata.CanonicalUrl is { } url)
                Out.WriteLine($"<{url}>\n");
            foreach (var block in article.Body)
            {
                switch (block.Kind)
                {
                    case BodyBlockKind.Subheading:
                        Out.WriteLine($"## {MarkdownInline(block.Text)}");
                        break;
                    case BodyBlockKind.ListItem:
                        Out.WriteLine($"- {MarkdownInline(block.Text)}");
                        break;
                    case BodyBlockKind.Blockquote:
                        foreach (var line in block.Text.Split('\n'))
                            Out.WriteLine($"> {MarkdownInline(line)}");
                        break;
                    case BodyBlockKind.Table or BodyBlockKind.Preformatted:
                        Out.WriteLine($"```\n{block.Text}\n```");
                        break;
                    default:
                        Out.WriteLine(MarkdownInline(block.Text));
                        break;
                }
                Out.WriteLine();
            }
            if (article.Quotes.Length > 0)
            {
                Out.WriteLine("## Quotes\n");
                foreach (var quote in article.Quotes)
                    Out.WriteLine($"- {MarkdownInline(quote.Text)}{Attribution(quote.Speaker?.Name, quote.Cue?.Text)}");
                Out.WriteLine();
            }
            if (article.Claims.Length > 0)
            {
                Out.WriteLine("## Claims\n");
                foreach (var claim in article.Claims)
                    Out.WriteLine($"- {MarkdownInline(claim.Content)}{Attribution(claim.Source?.Name, claim.Cue?.Text)} ({Camel(claim.Stance.ToString())})");
                Out.WriteLine();
            }
        }

        private static string Attribution(string? who, string? cue) =>
            who is null ? "" : cue is null ? $" — {MarkdownInline(who)}" : $" — {MarkdownInline(who)} ({MarkdownInline(cue)})";

        private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
    }

    private sealed class PlainTextOutput(Stream stdout, TextWriter stderr) : HumanOutput(stdout, stderr, "\n" + new string('=', 72) + "\n\n")
    {
        protected override void WriteArticle(Article article)
        {
            var front = FrontMatter(article);
            if (article.Headline is { } headline)
                Out.WriteLine(headline);
            if (front.Length > 0)
                Out.WriteLine(front);
            if (article.Headline is not null || front.Length > 0)
                Out.WriteLine();
            foreach (var block in article.Body)
            {
                Out.WriteLine(block.Kind == BodyBlockKind.ListItem ? "- " + block.Text : block.Text);
                Out.WriteLine();
            }
        }
    }
}
