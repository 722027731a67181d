using NewsParsing.Model;

namespace NewsParsing.Quotes;

/// <summary>A cue found among a sentence's tokens.</summary>
/// <param name="First">The index of the cue's first token.</param>
/// <param name="Last">The index of the cue's last token (multi-word cues: "according to").</param>
/// <param name="Lemma">The dictionary form from the lexicon ("say" for "said").</param>
/// <param name="SourceAfter">The source follows the cue ("according to TASS").</param>
/// <param name="QuoteOnly">A cue only right after a closing quote mark (German "so").</param>
/// <param name="Plain">The language's plain speech cue ("say"): another cue in the clause it opens lies inside what was said.</param>
/// <param name="Participle">An -ing form hanging on the clause subject (", saying ...").</param>
internal readonly record struct CueMatch(int First, int Last, string Lemma, bool SourceAfter, bool QuoteOnly, bool Participle, bool Plain);

/// <summary>
/// Recognises speech and thought cues ("said", "wrote", "according to") among tokens, from the
/// <c>cue-verbs.*.txt</c> lexicons: one span-keyed probe per word (two when it opens a cue of several words).
/// </summary>
internal static class CueMatcher
{
    public static bool TryMatch(ReadOnlySpan<char> text, List<Token> tokens, int index, QuoteLexicons lexicons, out CueMatch cue)
    {
        cue = default;
        var token = tokens[index];
        if (token.Kind != TokenKind.Word)
            return false;
        // A capitalised word after another word is a noun or a name, not a verb ("die Versicherten", "Edward Said").
        if (index > 0 && tokens[index - 1].Kind == TokenKind.Word && char.IsUpper(text[token.Start]))
            return false;
        ref readonly var facts = ref lexicons.FactsOf(text, token);
        // Two-word cues first ("according to", "pointed out"), when the words are one space apart.
        if (facts.Has(QuoteWordFlags.OpensLongerCue) && index + 1 < tokens.Count && tokens[index + 1] is { Kind: TokenKind.Word } next
            && next.Start == token.End + 1)
        {
            ref readonly var pair = ref lexicons.Facts(text[token.Start..next.End]);
            if (pair.Has(QuoteWordFlags.Cue))
            {
                cue = Create(index, index + 1, pair);
                return true;
            }
        }
        if (!facts.Has(QuoteWordFlags.Cue))
            return false;
        cue = Create(index, index, facts);
        return true;
    }

    private static CueMatch Create(int first, int last, in QuoteWordFacts facts) =>
        new(first, last, facts.Lemma, facts.Has(QuoteWordFlags.SourceAfter), facts.Has(QuoteWordFlags.QuoteOnly),
            facts.Has(QuoteWordFlags.Participle), facts.Has(QuoteWordFlags.Plain));

    /// <summary>The text span of a cue.</summary>
    public static TextSpan SpanOf(List<Token> tokens, CueMatch cue) => TextSpan.FromBounds(tokens[cue.First].Start, tokens[cue.Last].End);
}
