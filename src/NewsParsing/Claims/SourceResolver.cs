using NewsParsing.Internal;
using NewsParsing.Model;
using NewsParsing.Quotes;

namespace NewsParsing.Claims;

/// <summary>
/// Resolves claim source mentions to speakers through the quote stage's <see cref="MentionChain"/>, so a
/// claim's source and a quote's speaker are named alike ("Russian President Vladimir Putin", "Putin" and
/// "he" are "Vladimir Putin", role "Russian President"). The quote speakers' mentions join the chain too, so
/// a pronoun source can resolve to a speaker named only at a quotation. Created per parse and disposed after it
/// (the chain's arrays are pooled).
/// </summary>
internal sealed class SourceResolver : IDisposable
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
    /// quote speakers' mentions in <paramref name="quoteMentions"/>; writes one speaker mention per input to
    /// <paramref name="result"/>. The temporaries are pooled: on a long article they would be large-object-heap arrays.
    /// </summary>
    public void ResolveAll(ReadOnlySpan<TextSpan?> mentions, IReadOnlyList<TextSpan> quoteMentions, Span<SpeakerMention?> result)
    {
        using var all = new PooledList<(TextSpan Span, int Index)>(mentions.Length + quoteMentions.Count);
        for (var i = 0; i < mentions.Length; i++)
        {
            if (mentions[i] is { } span)
                all.Add((span, i));
        }
        foreach (var span in quoteMentions)
            all.Add((span, -1));
        all.Sort(static (a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Index.CompareTo(b.Index));

        using var chainIndex = PooledList<int>.OfDefaults(mentions.Length);
        chainIndex.AsSpan().Fill(-1);
        // Equal spans share a start, and the sort keeps each start's spans together: a span is looked for among the
        // current start's run only, a few entries at most (no dictionary to fill and clear).
        using var addedAt = PooledList<int>.OfDefaults(all.Count);
        var sorted = all.AsSpan();
        var runStart = 0;
        for (var j = 0; j < sorted.Length; j++)
        {
            var (span, index) = sorted[j];
            if (span.Start != sorted[runStart].Span.Start)
                runStart = j;
            // -1 is an answer of the chain's, so "not added yet" is -2.
            var at = -2;
            for (var k = runStart; k < j; k++)
            {
                if (sorted[k].Span == span)
                {
                    at = addedAt[k];
                    break;
                }
            }
            if (at == -2)
                at = _chain.Add(new SpeakerPhrase(0, 0, span, IsPronoun(span)));
            addedAt[j] = at;
            if (index >= 0)
                chainIndex[index] = at;
        }
        _chain.Freeze();

        for (var i = 0; i < mentions.Length; i++)
        {
            if (chainIndex[i] >= 0)
                result[i] = _chain.GetMention(chainIndex[i]);
            else if (mentions[i] is { } span)
            {
                // A pronoun with no antecedent: an unnamed source, as written.
                var written = _text.Substring(span.Start, span.Length);
                result[i] = new SpeakerMention(span, written, new Speaker(written, null, SpeakerKind.Unnamed));
            }
            else
                result[i] = null;
        }
    }

    public void Dispose() => _chain.Dispose();

    private bool IsPronoun(TextSpan span)
    {
        var text = _text.AsSpan(span.Start, span.Length);
        return !text.Contains(' ') && (_lexicons.Classify(text) & WordClass.Pronoun) != 0;
    }
}
