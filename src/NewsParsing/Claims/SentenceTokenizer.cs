using System.Runtime.InteropServices;

namespace NewsParsing.Claims;

/// <summary>What a token is: the attribution scanner reads words, quote marks and clause punctuation.</summary>
internal enum TokenKind : byte
{
    Word,
    Number,
    OpenQuote,
    CloseQuote,
    /// <summary>A straight double quote, open or close by position.</summary>
    StraightQuote,
    Comma,
    Colon,
    Dash,
    SentenceEnd,
    Other,
}

/// <summary>
/// A token of <c>Article.Text</c>: half-open <c>[Start, End)</c>, with the lexicon facts of its text (looked up
/// once when the block is tokenised; every rule of the attribution scanner reads them from here).
/// </summary>
internal readonly record struct Token(int Start, int End, TokenKind Kind, WordFacts Lexicon)
{
    public int Length => End - Start;

    /// <summary>The word's classes from <c>claim-words</c>.</summary>
    public WordClass Classes => Lexicon.Classes;

    /// <summary>Whether the token is a one-word cue form (its entry: <see cref="ClaimLexicons.CueById"/>).</summary>
    public bool IsCue => Lexicon.CueId != 0;

    public bool Is(TokenFacts fact) => (Lexicon.Facts & fact) != 0;
}

/// <summary>
/// Splits a block of text into word and punctuation tokens and the tokens into sentences. A sentence
/// does not end inside an open double quotation, so a quoted passage of several sentences stays with its
/// attribution; a line break always ends one.
/// </summary>
internal static class SentenceTokenizer
{
    /// <summary>
    /// The marks that stay inside a word before a letter or digit: ' ’ - ‑ . &amp;. A pattern, not a <see cref="System.Buffers.SearchValues{T}"/>:
    /// it is asked once per word, of one character, where an inlined comparison beats a call.
    /// </summary>
    private static bool IsWordInner(char c) => c is '\'' or '’' or '-' or '‑' or '.' or '&';

    /// <summary>
    /// Whether a character after a run of ASCII letters may belong to the same token: a digit, an inner mark (or a dot of
    /// an initialism) or any character beyond ASCII (a letter, '’', '‑').
    /// </summary>
    private static bool MayContinueWord(char c) => c >= '\x80' || char.IsAsciiDigit(c) || IsWordInner(c);

    /// <summary>Adds the tokens of <c>text[start..end)</c> to <paramref name="tokens"/>, each with its lexicon facts.</summary>
    public static void Tokenize(string text, int start, int end, ClaimLexicons lexicons, List<Token> tokens)
    {
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (c == ' ' || char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            // Most tokens are a run of ASCII letters followed by a space or a mark that cannot join it: such a word is
            // taken at once, with none of the bookkeeping below (which would find the same token). Any character after
            // the run that might continue the word or make it an initialism sends it the long way.
            if (char.IsAsciiLetter(c))
            {
                var k = i + 1;
                while (k < end && char.IsAsciiLetter(text[k]))
                    k++;
                if (k == end || !MayContinueWord(text[k]))
                {
                    tokens.Add(new Token(i, k, TokenKind.Word, lexicons.FactsOfAscii(text.AsSpan(i, k - i))));
                    i = k;
                    continue;
                }
            }
            if (char.IsLetterOrDigit(c))
            {
                var j = i + 1;
                var digits = char.IsAsciiDigit(c);
                var curly = false;
                // Whether the token mixes letters with digits or inner marks: the hedge scanner's words (letters and
                // inner hyphens) then need not be the whole token, so its lexicon facts say nothing about hedges.
                var hasLetter = char.IsLetter(c);
                var hasOther = !hasLetter;
                var ascii = char.IsAscii(c);
                while (j < end)
                {
                    // A run of ASCII letters first, with nothing else to do: nearly every character of a word is one.
                    if (char.IsAsciiLetter(text[j]))
                    {
                        hasLetter = true;
                        do
                            j++;
                        while (j < end && char.IsAsciiLetter(text[j]));
                        if (j == end)
                            break;
                    }
                    var d = text[j];
                    if (char.IsAsciiDigit(d))
                    {
                        hasOther = true;
                        j++;
                        continue;
                    }
                    if (char.IsLetterOrDigit(d))
                    {
                        if (char.IsLetter(d))
                            hasLetter = true;
                        else
                            hasOther = true;
                        ascii = false;
                        j++;
                        continue;
                    }
                    // Inner apostrophes, hyphens and dots stay in the word (Trump’s, Noven'ke, 30-day, U.S, 3.5).
                    if (IsWordInner(d) && j + 1 < end && char.IsLetterOrDigit(text[j + 1]))
                    {
                        // A dot stays inside numbers (3.5), initialisms (U.S) and domains (DailyMail.com).
                        if (d == '.' && !(digits && char.IsAsciiDigit(text[j + 1])) && !IsInitialism(text, i, j) && !char.IsLower(text[j + 1]))
                            break;
                        curly |= d == '’';
                        hasOther = true;
                        ascii &= char.IsAscii(d) && char.IsAscii(text[j + 1]);
                        j += 2;
                        continue;
                    }
                    if (d == ',' && digits && j + 3 < end && char.IsAsciiDigit(text[j + 1]) && char.IsAsciiDigit(text[j + 2]) && char.IsAsciiDigit(text[j + 3]))
                    {
                        j += 4; // 1,000
                        hasOther = true;
                        continue;
                    }
                    break;
                }
                // An initialism keeps its final dot ("U.S."), so the dot does not end the sentence.
                if (j < end && text[j] == '.' && IsInitialism(text, i, j) && j - i >= 3)
                {
                    j++;
                    hasOther = true;
                }
                var facts = ascii ? lexicons.FactsOfAscii(text.AsSpan(i, j - i)) : lexicons.Facts(text.AsSpan(i, j - i), curly);
                if (hasLetter && hasOther)
                    facts = facts with { Facts = facts.Facts | TokenFacts.MixesLettersAndMarks | HiddenWords(text, i, j, facts.Facts, lexicons) };
                tokens.Add(new Token(i, j, digits ? TokenKind.Number : TokenKind.Word, facts));
                i = j;
                continue;
            }
            // Two straight single quotes are a double quote mark ('' ... '' in some wire copy).
            if (c == '\'' && i + 1 < end && text[i + 1] == '\'')
            {
                tokens.Add(new Token(i, i + 2, TokenKind.StraightQuote, lexicons.Facts(text.AsSpan(i, 2), hasCurlyApostrophe: false)));
                i += 2;
                continue;
            }
            var kind = c switch
            {
                // An opening mark glued to a comma or word is a mistyped closing one (“It's unusual,“ said ...).
                '“' when i > start && text[i - 1] is ',' or '.' or '?' or '!' => TokenKind.CloseQuote,
                '“' or '„' or '«' or '‘' or '‚' or '‹' => TokenKind.OpenQuote,
                '”' or '»' or '›' => TokenKind.CloseQuote,
                '’' => TokenKind.CloseQuote,
                '"' => TokenKind.StraightQuote,
                '\'' => SingleStraight(text, i, start, end),
                ',' => TokenKind.Comma,
                ':' or ';' => TokenKind.Colon,
                '—' or '–' => TokenKind.Dash,
                '-' when i + 1 < end && text[i + 1] == '-' => TokenKind.Dash,
                '.' or '!' or '?' or '…' => TokenKind.SentenceEnd,
                _ => TokenKind.Other,
            };
            var length = 1;
            if (kind == TokenKind.Dash && c == '-')
                length = 2;
            else if (kind == TokenKind.SentenceEnd)
            {
                while (i + length < end && text[i + length] is '.' or '!' or '?')
                    length++;
            }
            // Punctuation has facts too: a rule may read the token after an opener whatever it is.
            tokens.Add(new Token(i, i + length, kind, length == 1 ? lexicons.FactsOfMark(c) : lexicons.Facts(text.AsSpan(i, length), c == '’')));
            i += length;
        }
    }

    /// <summary>
    /// For a token that mixes letters with digits or inner marks, whether the words the hedge, date and number scanners
    /// read inside it (their own splits, not the tokenizer's) may open a find: "Trump’s" hides none, "mid-March" a date
    /// ("March"), "so-called" a hedge, "30-day" a number. Any ASCII digit may open a date or a number.
    /// </summary>
    private static TokenFacts HiddenWords(string text, int start, int end, TokenFacts ownFacts, ClaimLexicons lexicons)
    {
        var token = text.AsSpan(start, end - start);
        var hidden = token.ContainsAnyInRange('0', '9') ? TokenFacts.HidesDate | TokenFacts.HidesNumber : TokenFacts.None;
        // Number words: the token split where the number scanner does not join ('.', '&', '‑'; it joins - ' ’). Without
        // those marks the one piece is the token itself, whose facts the tokenizer has looked up already.
        if ((hidden & TokenFacts.HidesNumber) == 0 && token.IndexOfAny('.', '&', '‑') < 0)
        {
            if (ownFacts.HasFlag(TokenFacts.NumberWord))
                hidden |= TokenFacts.HidesNumber;
        }
        else
        {
            for (var k = 0; k < token.Length && (hidden & TokenFacts.HidesNumber) == 0;)
            {
                var piece = k;
                while (k < token.Length && token[k] is not ('.' or '&' or '‑'))
                    k++;
                if (k > piece && lexicons.Facts(token[piece..k], hasCurlyApostrophe: false).Facts.HasFlag(TokenFacts.NumberWord))
                    hidden |= TokenFacts.HidesNumber;
                k++;
            }
        }
        // Date words: runs of letters and digits (a hyphen joins only digits). Without digits and hyphens (most such
        // tokens: "Trump’s", "U.S.") the hedge words below are the same runs: each run's one lookup answers for both.
        var hedgesInRuns = (hidden & TokenFacts.HidesDate) == 0 && !token.Contains('-') && !HasDigit(token);
        for (var k = 0; k < token.Length && ((hidden & TokenFacts.HidesDate) == 0 || hedgesInRuns && (hidden & TokenFacts.HidesHedge) == 0);)
        {
            if (!char.IsLetterOrDigit(token[k]))
            {
                k++;
                continue;
            }
            var run = k;
            while (k < token.Length && char.IsLetterOrDigit(token[k]))
                k++;
            var facts = lexicons.Facts(token[run..k], hasCurlyApostrophe: false).Facts;
            if (facts.HasFlag(TokenFacts.MayBeDateWord))
                hidden |= TokenFacts.HidesDate;
            if (hedgesInRuns && facts.HasFlag(TokenFacts.OpensHedge))
                hidden |= TokenFacts.HidesHedge;
        }
        if (hedgesInRuns)
            return hidden;
        // Hedge words: letters joined by hyphens before a letter, opening at a letter after no letter or digit.
        for (var k = 0; k < token.Length && (hidden & TokenFacts.HidesHedge) == 0;)
        {
            if (!char.IsLetter(token[k]) || k > 0 && char.IsLetterOrDigit(token[k - 1]))
            {
                k++;
                continue;
            }
            var word = k;
            while (k < token.Length && (char.IsLetter(token[k]) || token[k] == '-' && k + 1 < token.Length && char.IsLetter(token[k + 1])))
                k++;
            if (lexicons.Facts(token[word..k], hasCurlyApostrophe: false).Facts.HasFlag(TokenFacts.OpensHedge))
                hidden |= TokenFacts.HidesHedge;
        }
        return hidden;
    }

    private static bool HasDigit(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (char.IsDigit(c))
                return true;
        }
        return false;
    }

    /// <summary>"U.S", "D.C": single letters joined by dots.</summary>
    private static bool IsInitialism(string text, int start, int dot)
    {
        for (var k = start; k < dot; k++)
        {
            var isLetterSlot = (k - start) % 2 == 0;
            if (isLetterSlot ? !char.IsLetter(text[k]) : text[k] != '.')
                return false;
        }
        return (dot - start) % 2 == 1;
    }

    private static TokenKind SingleStraight(string text, int i, int start, int end)
    {
        var before = i > start && char.IsLetterOrDigit(text[i - 1]);
        var after = i + 1 < end && char.IsLetterOrDigit(text[i + 1]);
        return before && !after ? TokenKind.CloseQuote : !before && after ? TokenKind.OpenQuote : TokenKind.Other;
    }

    /// <summary>
    /// Splits <paramref name="tokens"/> into sentences: <c>(first, end)</c> index ranges. A sentence ends at
    /// <c>. ! ?</c> (with any closing quote marks) before a capital, digit or opening quote, unless the word before
    /// is an abbreviation or an initial, or a double quotation is open; a line break always ends a sentence.
    /// </summary>
    public static void Split(string text, List<Token> tokens, List<(int First, int End)> sentences)
    {
        // Read in place: the list's indexer would check the index on every read, and most tokens are only looked at once.
        var all = CollectionsMarshal.AsSpan(tokens);
        var first = 0;
        var inQuote = false;
        for (var i = 0; i < all.Length; i++)
        {
            var token = all[i];
            if (i > first && HasLineBreak(text, all[i - 1].End, token.Start))
            {
                sentences.Add((first, i));
                first = i;
                inQuote = false;
            }
            switch (token.Kind)
            {
                case TokenKind.OpenQuote when text[token.Start] is '“' or '„' or '«':
                    inQuote = true;
                    continue;
                case TokenKind.CloseQuote when text[token.Start] is '”' or '»':
                    inQuote = false;
                    continue;
                case TokenKind.StraightQuote:
                    inQuote = !inQuote;
                    continue;
                case TokenKind.SentenceEnd:
                    break;
                default:
                    continue;
            }
            if (text[token.Start] == '…' && !inQuote)
                continue;
            var last = i;
            var closesQuote = false;
            // Closing marks right after the period belong to this sentence; a straight quote after a space opens the next.
            while (last + 1 < all.Length && all[last + 1].Kind is TokenKind.CloseQuote or TokenKind.StraightQuote
                && all[last + 1].Start == all[last].End)
            {
                last++;
                closesQuote = true;
            }
            if (inQuote && !closesQuote)
                continue;
            if (i > 0 && all[i - 1].Kind == TokenKind.Word && all[i - 1].End == token.Start && IsAbbreviation(text, all[i - 1]))
                continue;
            if (last + 1 < all.Length)
            {
                var next = all[last + 1];
                var c = text[next.Start];
                if (!(char.IsUpper(c) || char.IsDigit(c) || next.Kind is TokenKind.OpenQuote or TokenKind.StraightQuote))
                    continue;
            }
            if (closesQuote)
                inQuote = false;
            sentences.Add((first, last + 1));
            first = last + 1;
            i = last;
        }
        if (first < all.Length)
            sentences.Add((first, all.Length));
    }

    private static bool IsAbbreviation(string text, Token word) =>
        word.Length == 1 && char.IsUpper(text[word.Start]) || word.Is(TokenFacts.Abbreviation);

    /// <summary>Whether a line break lies between two tokens: the gap is most often one space, so it is read inline.</summary>
    private static bool HasLineBreak(string text, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (text[k] == '\n')
                return true;
        }
        return false;
    }
}
