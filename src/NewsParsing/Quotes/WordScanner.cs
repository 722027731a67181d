using NewsParsing.Lexicons;
using NewsParsing.Model;

namespace NewsParsing.Quotes;

/// <summary>What a <see cref="Token"/> is.</summary>
internal enum TokenKind : byte
{
    /// <summary>Letters and digits, with inner apostrophes, hyphens and dots (Trump’s, Russia-owned, U.S., DailyMail.com).</summary>
    Word,
    /// <summary>One punctuation character.</summary>
    Punctuation,
    /// <summary>A whole top-level quotation, marks included.</summary>
    Quote,
}

/// <summary>One token of a sentence.</summary>
/// <param name="Start">Where it starts in the text.</param>
/// <param name="End">Just past its end.</param>
/// <param name="Kind">Word, punctuation or quotation.</param>
/// <param name="FactsIndex">
/// For a word, where its facts are (<see cref="QuoteLexicons.FactsOf"/>): looked up once, when it is read; 0 for
/// punctuation and quotations, whose facts are looked up from their text when asked.
/// </param>
internal readonly record struct Token(int Start, int End, TokenKind Kind, int FactsIndex)
{
    public TextSpan Span => TextSpan.FromBounds(Start, End);
}

/// <summary>
/// Splits a sentence into words, punctuation and whole quotations (one token each), so attribution rules
/// see "<c>[quote] , Putin said .</c>". A word's closing '.' joins it when it is an abbreviation or an
/// initial ("Sen.", "U.S.", "W."), so titles and names stay whole.
/// </summary>
internal static class WordScanner
{
    public static void Tokenize(ReadOnlySpan<char> text, TextSpan sentence, ReadOnlySpan<QuoteSegment> quotes, QuoteLexicons lexicons, List<Token> tokens)
    {
        tokens.Clear();
        var i = sentence.Start;
        var end = sentence.End;
        var q = 0;
        while (q < quotes.Length && quotes[q].End <= i)
            q++;
        while (i < end)
        {
            if (q < quotes.Length && quotes[q].Start == i)
            {
                var quoteEnd = Math.Min(quotes[q].End, end);
                tokens.Add(new Token(i, quoteEnd, TokenKind.Quote, 0));
                i = quoteEnd;
                q++;
                continue;
            }
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            if (!char.IsLetterOrDigit(c))
            {
                tokens.Add(new Token(i, i + 1, TokenKind.Punctuation, 0));
                i++;
                continue;
            }
            var start = i;
            var limit = q < quotes.Length ? Math.Min(end, quotes[q].Start) : end;
            // Every character of the word ORed: below 0x80, the word is ASCII and its look-up needs no test of that.
            int chars = c;
            i++;
            while (i < limit)
            {
                c = text[i];
                if (char.IsLetterOrDigit(c))
                {
                    chars |= c;
                    i++;
                }
                else if (c is '\'' or '\u2019' or '-' or '.' or '&' && i + 1 < limit && char.IsLetterOrDigit(text[i + 1]))
                {
                    chars |= c | text[i + 1];
                    i += 2;
                }
                else
                {
                    break;
                }
            }
            // "Sen.", "U.S.", "W." keep their dot; so does an abbreviation closing a bracket ("(R-Fla.)").
            if (i < limit && text[i] == '.' && (IsAbbreviation(text[start..i], lexicons.Abbreviations) || i + 1 < limit && text[i + 1] == ')'))
                i++;
            var word = text[start..i];
            tokens.Add(new Token(start, i, TokenKind.Word, chars < 0x80 ? lexicons.FactsIndexAscii(word) : lexicons.FactsIndex(word)));
        }
    }

    private static bool IsAbbreviation(ReadOnlySpan<char> word, Lexicon abbreviations) =>
        word.Length == 1 && char.IsUpper(word[0]) || abbreviations.Contains(word) || IsInitialism(word);

    /// <summary>Single letters joined by dots ("N.C", "D.C", "R.I"): an initialism, whose closing dot is its own, not a sentence end.</summary>
    private static bool IsInitialism(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || word.Length % 2 == 0)
            return false;
        for (var i = 0; i < word.Length; i++)
        {
            if (i % 2 == 0 ? !char.IsLetter(word[i]) : word[i] != '.')
                return false;
        }
        return true;
    }
}
