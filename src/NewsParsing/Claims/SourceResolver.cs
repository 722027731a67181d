using NewsParsing.Model;
using NewsParsing.Quotes;

namespace NewsParsing.Claims;

/// <summary>
/// Resolves claim source mentions to speakers through the quote stage's <see cref="MentionChain"/>, so a
/// claim's source and a quote's speaker are named alike ("Russian President Vladimir Putin", "Putin" and
/// "he" are "Vladimir Putin", role "Russian President"). The quote speakers' mentions join the chain too, so
/// a pronoun source can resolve to a speaker named only at a quotation. Created per parse.
/// </summary>
internal sealed class SourceResolver
{
    private readonly ClaimLexicons _lexicons;
    private readonly string _text;
    private readonly MentionChain _chain;

    public SourceResolver(ClaimLexicons lexicons, QuoteLexicons quoteLexicons, string text)
    {
        _lexicons = lexicons;
        _text = text;
        _chain = new MentionChain(text, quoteLexicons);
    }

    /// <summary>
    /// Resolves <paramref name="mentions"/> (null where a claim has no source mention) in text order, together with the
    /// quote speakers' mentions in <paramref name="quoteMentions"/>; returns one speaker mention per input.
    /// </summary>
    public SpeakerMention?[] ResolveAll(IReadOnlyList<TextSpan?> mentions, IReadOnlyList<TextSpan> quoteMentions)
    {
        var all = new List<(TextSpan Span, int Index)>(mentions.Count + quoteMentions.Count);
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i] is { } span)
                all.Add((span, i));
        }
        foreach (var span in quoteMentions)
            all.Add((span, -1));
        all.Sort(static (a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Index.CompareTo(b.Index));

        var chainIndex = new int[mentions.Count];
        Array.Fill(chainIndex, -1);
        var added = new Dictionary<TextSpan, int>(all.Count);
        foreach (var (span, index) in all)
        {
            if (!added.TryGetValue(span, out var at))
            {
                at = _chain.Add(new SpeakerPhrase(0, 0, span, IsPronoun(span)));
                added[span] = at;
            }
            if (index >= 0)
                chainIndex[index] = at;
        }
        _chain.Freeze();

        var result = new SpeakerMention?[mentions.Count];
        for (var i = 0; i < mentions.Count; i++)
        {
            if (chainIndex[i] >= 0)
                result[i] = _chain.GetMention(chainIndex[i]);
            else if (mentions[i] is { } span)
            {
                // A pronoun with no antecedent: an unnamed source, as written.
                var written = _text.Substring(span.Start, span.Length);
                result[i] = new SpeakerMention(span, written, new Speaker(written, null, SpeakerKind.Unnamed));
            }
        }
        return result;
    }

    private bool IsPronoun(TextSpan span)
    {
        var text = _text.AsSpan(span.Start, span.Length);
        return !text.Contains(' ') && (_lexicons.Classify(text) & WordClass.Pronoun) != 0;
    }
}
