using System.Collections.Immutable;

namespace NewsParsing.Model;

/// <summary>How a quotation sits in its sentence.</summary>
public enum QuoteKind
{
    /// <summary>A whole utterance in quote marks, attributed to a speaker ("We are sympathetic," Putin said).</summary>
    Direct,
    /// <summary>Reported speech that quotes part of the words (Trump claimed to have held "productive discussions").</summary>
    Partial,
    /// <summary>Reported speech running into a quotation (Zelenskyy added that Putin ... "nothing will work out").</summary>
    Mixed,
    /// <summary>Quote marks used for distance or emphasis, with no speaker ('strong' appeal).</summary>
    Scare,
    /// <summary>A quotation inside the headline.</summary>
    Headline,
}

/// <summary>A quotation in the article, with who said it and how.</summary>
/// <param name="Span">Where the quotation is in <see cref="Article.Text"/>, including its quote marks;
/// for a <see cref="QuoteKind.Mixed"/> quote, the reported clause and the quoted words together.</param>
/// <param name="Text">The text of <paramref name="Span"/>.</param>
/// <param name="Kind">Direct, partial, mixed, scare or headline quote.</param>
/// <param name="Speaker">The resolved speaker, or <see langword="null"/> when the text names none (scare quotes).</param>
/// <param name="SpeakerMention">The mention the speaker was found through (often a pronoun), if any.</param>
/// <param name="Cue">The speech verb or phrase, if any.</param>
/// <param name="Via">The outlet the quote was reported through ("TASS" in "Putin said, TASS reported").</param>
public sealed record Quote(
    TextSpan Span,
    string Text,
    QuoteKind Kind,
    Speaker? Speaker,
    SpeakerMention? SpeakerMention,
    Cue? Cue,
    string? Via)
{
    /// <summary>
    /// The speaker's own words in quote marks, marks included, each a span of <see cref="Article.Text"/> inside
    /// <see cref="Span"/>: the whole span for a <see cref="QuoteKind.Direct"/> quote, the quoted fragments of a
    /// <see cref="QuoteKind.Partial"/> or <see cref="QuoteKind.Mixed"/> quote's clause (names in quote marks left out),
    /// empty for scare and headline quotes.
    /// </summary>
    public ImmutableArray<TextSpan> Quoted { get; init; } = [];
}
