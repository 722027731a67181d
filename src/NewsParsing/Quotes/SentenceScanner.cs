using System.Buffers;
using NewsParsing.Lexicons;
using NewsParsing.Model;

namespace NewsParsing.Quotes;

/// <summary>
/// Splits one block into sentences for attribution. A sentence ends at . ! ? or … (with any closing marks
/// and brackets after it) followed by white space and an upper-case letter, digit or opening mark, except
/// after an abbreviation from <c>abbreviations.*.txt</c> ("Sen.", "U.S."), an initial ("J. Smith"), or
/// inside a quotation: a quoted passage of several sentences stays in the sentence that frames it.
/// </summary>
internal static class SentenceScanner
{
    private static readonly SearchValues<char> Terminators = SearchValues.Create(".!?\u2026");

    /// <summary>
    /// Adds the sentences of <c>[start, end)</c> to <c>sentences</c>, trimmed. <c>quotes</c> are the block's
    /// top-level quotations in order; sentence breaks inside them are ignored.
    /// </summary>
    public static void Split(ReadOnlySpan<char> text, int start, int end, ReadOnlySpan<QuoteSegment> quotes, QuoteLexicons lexicons, List<TextSpan> sentences)
    {
        var sentenceStart = start;
        var i = start;
        var quote = 0;
        while (i < end)
        {
            var found = text[i..end].IndexOfAny(Terminators);
            if (found < 0)
                break;
            var at = i + found;
            i = at + 1;
            while (quote < quotes.Length && quotes[quote].End <= at)
                quote++;
            if (quote < quotes.Length && quotes[quote].Start < at && at < quotes[quote].InnerEnd)
            {
                // Inside a quotation: the sentence may still end right after its closing mark.
                var segment = quotes[quote];
                // "…?" Trump asked: a question or exclamation with its attribution after it is one sentence.
                if (!segment.Closed || !OnlyTerminatorsOrClosersBetween(text, at, segment.InnerEnd)
                    || LastBeforeClosers(text, at, segment.InnerEnd) is '?' or '!' && CueFollows(text, segment.End, end, lexicons.Cues))
                    continue;
                at = segment.End - 1;
                i = segment.End;
            }
            var breakAt = at + 1;
            while (breakAt < end && text[breakAt] is '.' or '!' or '?' or '\u2026' or ')' or ']' or '"' or '\'' or '\u201D' or '\u2019' or '\u00BB' or '\u00AB' or '\u201C')
                breakAt++;
            if (breakAt >= end || !char.IsWhiteSpace(text[breakAt]))
                continue;
            var next = breakAt;
            while (next < end && char.IsWhiteSpace(text[next]))
                next++;
            if (next >= end || !StartsSentence(text[next]))
                continue;
            if (text[at] == '.' && (IsAbbreviation(text, start, at, lexicons.Abbreviations) || OrdinalDates.IsOrdinalDay(text, start, at, next, lexicons.Months)))
                continue;
            AddTrimmed(text, sentenceStart, breakAt, sentences);
            sentenceStart = next;
            i = Math.Max(i, next);
        }
        AddTrimmed(text, sentenceStart, end, sentences);
    }

    /// <summary>Whether an attribution follows a quote ("…?" Trump asked): a cue within the next few words.</summary>
    private static bool CueFollows(ReadOnlySpan<char> text, int from, int end, Lexicon cues)
    {
        // A titled name before the cue takes this many words ("US Senator Jeff Sessions said").
        const int MaxWords = 6;
        var i = from;
        for (var words = 0; words < MaxWords && i < end; words++)
        {
            while (i < end && !char.IsLetter(text[i]))
            {
                // A point right after a word is an abbreviation's ("Mr. Schriefer said"), not a sentence end.
                if (text[i] is '!' or '?' or '"' or '\u201C' or '\u201D' || text[i] == '.' && !(i > from && char.IsLetter(text[i - 1])))
                    return false;
                i++;
            }
            var wordStart = i;
            while (i < end && (char.IsLetter(text[i]) || text[i] is '.' && i + 1 < end && char.IsLetter(text[i + 1])))
                i++;
            if (i > wordStart && cues.Contains(text[wordStart..i]))
                return true;
        }
        return false;
    }

    /// <summary>The last character of <c>[from, to)</c> before the closing marks of nested quotations (`?'` gives '?').</summary>
    private static char LastBeforeClosers(ReadOnlySpan<char> text, int from, int to)
    {
        var k = to - 1;
        while (k > from && IsNestedCloser(text[k]))
            k--;
        return text[k];
    }

    /// <summary>A mark that closes a quotation or aside nested at the end of a quotation: ’ ' ).</summary>
    private static bool IsNestedCloser(char c) => c is '\u2019' or '\'' or ')';

    /// <summary>Terminators, and the closing marks of a quotation nested at the end of this one (`… 'We're all here.'"`).</summary>
    private static bool OnlyTerminatorsOrClosersBetween(ReadOnlySpan<char> text, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (text[k] is not ('.' or '!' or '?' or '\u2026') && !IsNestedCloser(text[k]))
                return false;
        }
        return true;
    }

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\u201C' or '\u201E' or '\u00AB' or '\u00BB' or '\'' or '\u2018' or '(' or '[';

    /// <summary>Whether the word ending at the '.' at <paramref name="dot"/> is an abbreviation or an initial.</summary>
    private static bool IsAbbreviation(ReadOnlySpan<char> text, int floor, int dot, Lexicon abbreviations)
    {
        var wordStart = dot;
        while (wordStart > floor && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] is not ('(' or '"' or '\u201C'))
            wordStart--;
        var word = text[wordStart..dot];
        if (word.IsEmpty)
            return false;
        if (word.Length == 1 && char.IsUpper(word[0]))
            return true; // an initial: "George W. Bush"
        return abbreviations.Contains(word);
    }

    private static void AddTrimmed(ReadOnlySpan<char> text, int start, int end, List<TextSpan> sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        if (end > start)
            sentences.Add(TextSpan.FromBounds(start, end));
    }
}
