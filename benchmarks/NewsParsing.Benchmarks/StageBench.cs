using BenchmarkDotNet.Attributes;
using NewsParsing.Benchmarks.Inputs;
using NewsParsing.Body;
using NewsParsing.Claims;
using NewsParsing.Input;
using NewsParsing.Model;
using NewsParsing.Pipeline;
using NewsParsing.Quotes;

namespace NewsParsing.Benchmarks;

/// <summary>
/// The quote and claim stages alone, on the same plain-text inputs as <see cref="ParseTextBench"/>. Each run gets a
/// fresh copy of what the stages before it produced (headline, dates, body, quotes), so nothing a run leaves in the
/// context helps the next; the copy is a few list copies, small beside either stage.
/// </summary>
[MemoryDiagnoser]
public class StageBench
{
    private static readonly NewsParserOptions s_options = NewsParserOptions.Default;
    private static readonly PlainTextReader s_reader = new(s_options.Lexicons);
    private static readonly QuoteExtractor s_quotes = new(s_options.Lexicons);
    private static readonly ClaimExtractor s_claims = new(s_options.Lexicons);

    private string _text = "";
    private ParseContext _read = null!;
    private ParseContext _quoted = null!;

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = "";

    public static IEnumerable<string> Inputs() => BenchInputs.TextInputNames();

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchInputs.Text(Input);
        var normalized = TextNormalizer.Normalize(_text);
        _read = new ParseContext(s_options, ArticleFormat.PlainText, normalized.Text, normalized.Map, CancellationToken.None);
        s_reader.Run(_read);
        _quoted = Copy(_read);
        s_quotes.Run(_quoted);

        // The stages on copies must see what they see inside a full parse, or these rows measure something else.
        var full = NewsParser.Default.Parse(_text);
        var claimed = Copy(_quoted);
        s_claims.Run(claimed);
        if (_quoted.Quotes.Count != full.Quotes.Length || claimed.Claims.Count != full.Claims.Length)
            throw new InvalidOperationException($"{Input}: the stages on a copied context found {_quoted.Quotes.Count} quotes and {claimed.Claims.Count} claims, a full parse {full.Quotes.Length} and {full.Claims.Length}.");
    }

    [Benchmark(Baseline = true, Description = "IndexOfAny floor")]
    public int IndexOfAnyScan() => ParseTextBench.CountFloor(_text);

    [Benchmark(Description = "Quotes stage alone")]
    public int QuoteStage()
    {
        var context = Copy(_read);
        s_quotes.Run(context);
        return context.Quotes.Count;
    }

    [Benchmark(Description = "Claims stage alone")]
    public int ClaimStage()
    {
        var context = Copy(_quoted);
        s_claims.Run(context);
        return context.Claims.Count;
    }

    /// <summary>A new context holding what the stages so far wrote into <paramref name="source"/>.</summary>
    private static ParseContext Copy(ParseContext source)
    {
        var copy = new ParseContext(source.Options, source.Format, source.Text, source.SourceMap, CancellationToken.None)
        {
            PageUrl = source.PageUrl,
            Headline = source.Headline,
            Published = source.Published,
            Dateline = source.Dateline,
            Metadata = source.Metadata,
        };
        copy.Authors.AddRange(source.Authors);
        copy.Body.AddRange(source.Body);
        copy.Quotes.AddRange(source.Quotes);
        copy.Claims.AddRange(source.Claims);
        copy.Dropped.AddRange(source.Dropped);
        copy.Diagnostics.AddRange(source.Diagnostics);
        return copy;
    }
}
