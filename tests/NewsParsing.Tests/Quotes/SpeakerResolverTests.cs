using NewsParsing.Lexicons;
using NewsParsing.Quotes;

namespace NewsParsing.Tests.Quotes;

public class SpeakerResolverTests
{
    private static readonly QuoteLexicons Lexicons = QuoteLexicons.For(LexiconSet.Default);
    private static readonly SpeakerResolver Resolver = new(Lexicons);

    private static string? Source(string text, string cueWord)
    {
        var tokens = CueMatcherTests.Tokenize(text);
        var index = tokens.FindIndex(t => text[t.Start..t.End] == cueWord);
        Assert.True(CueMatcher.TryMatch(text, tokens, index, Lexicons, out var cue));
        return Resolver.TryFindSource(text, tokens, cue, 0, tokens.Count - 1, out var phrase)
            ? text.Substring(phrase.Span.Start, phrase.Span.Length)
            : null;
    }

    [Theory]
    [InlineData("Russian President Vladimir Putin on Friday urged troops", "urged", "Russian President Vladimir Putin")]
    [InlineData("the Russian Defense Ministry said Friday", "said", "the Russian Defense Ministry")]
    [InlineData("Sen. Chuck Schumer (D-N.Y.) said Tuesday", "said", "Sen. Chuck Schumer")]
    [InlineData("he also said", "said", "he")]
    [InlineData("said James Acton, a physicist", "said", "James Acton")]
    [InlineData("according to DailyMail.com", "according", "DailyMail.com")]
    [InlineData("Dino Spencer, who now runs the gym, said", "said", "Dino Spencer")]
    [InlineData("And Clinton said", "said", "Clinton")]
    [InlineData("Manning said", "said", "Manning")]
    [InlineData("the presumptive nominee, Donald Trump, tweeted", "tweeted", "Donald Trump")]
    [InlineData("the suit says", "says", "the suit")]
    [InlineData("Ukraine\u2019s top commander, however, denied", "denied", "Ukraine\u2019s top commander")]
    public void FindsTheSourcePhrase(string text, string cue, string expected) => Assert.Equal(expected, Source(text, cue));

    [Theory]
    [InlineData("in the morning said", "said")]
    [InlineData("on Friday said", "said")]
    public void InventsNoSource(string text, string cue) => Assert.Null(Source(text, cue));
}
