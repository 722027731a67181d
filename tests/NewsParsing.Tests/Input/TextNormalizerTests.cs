using System.Text;
using NewsParsing.Input;
using NewsParsing.Model;
using NewsParsing.Tests.Infrastructure;

namespace NewsParsing.Tests.Input;

/// <summary>Normalisation keeps an exact map back to the caller's string.</summary>
public class TextNormalizerTests
{
    [Fact]
    public void CrLfTabsNbspAndBom_AreNormalisedAndSpansMapBack()
    {
        const string input = "\uFEFF date 2025-03-14 Short headline for a test story Officials said on Monday that the plan was approved after a long debate.\r\n\r\nSecond\u00A0paragraph\twith tabs.\r\n";
        var article = NewsParser.Default.Parse(input);

        Assert.DoesNotContain('\r', article.Text);
        Assert.DoesNotContain('\uFEFF', article.Text);
        SpanInvariants.AssertAll(article);
        var second = article.Body[^1];
        Assert.Equal("Second paragraph with tabs.", second.Text);
        var source = article.ToSourceSpan(second.Span);
        Assert.Equal("Second\u00A0paragraph\twith tabs.", input.Substring(source.Start, source.Length));
    }

    [Fact]
    public void DecomposedAccents_AreComposedAndMapBack()
    {
        const string input = "Cafe\u0301 owners protest new rules\n\nThe owners of the cafe\u0301 said on Monday they would close for a day.";
        var article = NewsParser.Default.Parse(input);

        Assert.Equal("Café owners protest new rules", article.Headline);
        var lede = article.Lede!;
        Assert.Contains("café", lede.Text, StringComparison.Ordinal);
        var source = article.ToSourceSpan(lede.Span);
        Assert.Equal("The owners of the cafe\u0301 said on Monday they would close for a day.", input.Substring(source.Start, source.Length));
    }

    [Fact]
    public void CleanText_IsNotCopied()
    {
        const string input = "Plain headline here\n\nA plain paragraph of text that needs no change at all.";
        var article = NewsParser.Default.Parse(input);
        Assert.Same(input, article.Text);
    }

    [Fact]
    public void EverySpan_MapsBackToItsSourceText()
    {
        // BOM, CRLF, tab, no-break space and decomposed accents together: each block and dropped span maps back
        // to the caller's string, and normalising that source slice gives the block's text again.
        const string input = "\uFEFFCafe\u0301 reopens\r\n\r\nBy Jane Doe\r\n\r\nPARIS (AP) \u2014 The re\u0301novated\tcafe\u0301 reopened\u00A0on Monday.\r\n\r\nAdvertisement\r\n";
        var article = NewsParser.Default.Parse(input);
        Assert.Equal("Caf\u00E9 reopens", article.Headline);
        Assert.Equal("The r\u00E9novated caf\u00E9 reopened on Monday.", article.Lede?.Text);
        var spans = article.Body.Select(b => (b.Span, b.Text)).Concat(article.Dropped.Select(d => (d.Span!.Value, d.Text)));
        foreach (var (span, text) in spans)
        {
            var source = article.ToSourceSpan(span);
            var slice = input.Substring(source.Start, source.Length);
            Assert.Equal(text, slice.Replace('\t', ' ').Replace('\u00A0', ' ').Replace("\r\n", "\n", StringComparison.Ordinal).Normalize(NormalizationForm.FormC));
        }
    }
    /// <summary>
    /// The split search (ASCII specials vectorised, characters beyond ASCII one at a time, then the whole set) must
    /// answer as one search for the whole set: differential over seeded random texts, some in another script (more
    /// characters beyond ASCII than are tested one at a time) and some with one special character placed anywhere.
    /// </summary>
    [Fact]
    public void HasSpecial_AnswersAsOneSearchForTheWholeSet()
    {
        var random = new Random(6);
        const string plain = "abcXYZ 019.,\n\"'’“”—–éüжд中文";
        const string cyrillic = "абвгдежзийклмнопрстуфхцчшщыэюя ";
        var checkedWith = 0;
        for (var round = 0; round < 4000; round++)
        {
            var alphabet = round % 3 == 0 ? cyrillic : plain;
            var chars = new char[random.Next(0, 300)];
            for (var i = 0; i < chars.Length; i++)
                chars[i] = alphabet[random.Next(alphabet.Length)];
            if (chars.Length > 0 && round % 2 == 0)
                chars[random.Next(chars.Length)] = TextNormalizer.Special[random.Next(TextNormalizer.Special.Length)];
            var text = new string(chars);
            var expected = text.AsSpan().IndexOfAny(TextNormalizer.Special) >= 0;
            Assert.True(expected == TextNormalizer.HasSpecial(text), $"round {round}: expected {expected} for \"{text}\"");
            if (expected)
                checkedWith++;
        }
        Assert.True(checkedWith > 1500, $"{checkedWith} texts held a special character");
    }

    /// <summary>
    /// The one-pass check for text that needs no work must never pass text that does: differential over seeded random
    /// texts mixing ASCII with characters NFC changes (U+2000, U+212B, a combining accent), special ones (U+0085,
    /// U+2028, U+00A0, a C1 control) and ones it must let through (curly quotes, dashes, Latin and Cyrillic letters).
    /// </summary>
    [Fact]
    public void TextThatNeedsWork_IsNeverReturnedAsItIs()
    {
        var random = new Random(11);
        string[] pieces = ["a", "Z", " ", "\n", ".", "’", "“", "—", "é", "ж", "\u2000", "\u2001", "\u212B", "e\u0301", "\u0085", "\u2028", "\u00A0", "\u0081"];
        var changed = 0;
        for (var round = 0; round < 3000; round++)
        {
            var builder = new StringBuilder();
            for (var i = random.Next(0, 40); i > 0; i--)
                builder.Append(pieces[random.Next(round % 2 == 0 ? 10 : pieces.Length)]);
            var text = builder.ToString();
            var result = TextNormalizer.Normalize(text).Text;
            if (text.IsNormalized(NormalizationForm.FormC) && text.AsSpan().IndexOfAny(TextNormalizer.Special) < 0)
                Assert.Same(text, result);
            else
            {
                changed++;
                Assert.True(result.IsNormalized(NormalizationForm.FormC) && result.AsSpan().IndexOfAny(TextNormalizer.Special) < 0, $"round {round}: \"{text}\" gave \"{result}\"");
            }
        }
        Assert.True(changed > 1000, $"{changed} texts needed work");
    }

    /// <summary>
    /// The same on long texts where characters beyond ASCII are sparse, as in English news (a curly quote or dash a line),
    /// past the first 64 of them, with the character that needs work, if any, late in the text.
    /// </summary>
    [Fact]
    public void LongTextWithSparseCharactersBeyondAscii_NeedsWorkOnlyWhereItHoldsSome()
    {
        var random = new Random(12);
        string[] plain = ["The minister said ", "that it would ", "not happen. ", "\n", "“We will see,” ", "he added — ", "in Kyiv’s centre "];
        string[] work = ["\u2000", "\u212B", "e\u0301", "\u0085", "\u2028", "\u00A0", "\u0081", "\r\n", "\t"];
        var changed = 0;
        for (var round = 0; round < 200; round++)
        {
            var builder = new StringBuilder();
            for (var i = 200 + random.Next(0, 400); i > 0; i--)
                builder.Append(plain[random.Next(plain.Length)]);
            if (round % 2 == 0)
                builder.Insert(builder.Length - random.Next(0, builder.Length / 4), work[random.Next(work.Length)]);
            var text = builder.ToString();
            var result = TextNormalizer.Normalize(text).Text;
            if (round % 2 == 1)
                Assert.Same(text, result);
            else
            {
                changed++;
                Assert.True(result.IsNormalized(NormalizationForm.FormC) && result.AsSpan().IndexOfAny(TextNormalizer.Special) < 0, $"round {round} was not normalised");
            }
        }
        Assert.Equal(100, changed);
    }
}
