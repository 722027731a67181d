using NewsParsing.Lexicons;
using NewsParsing.Model;
using NewsParsing.Quotes;

namespace NewsParsing.Tests.Quotes;

public class SentenceScannerTests
{
    private static List<string> Split(string text)
    {
        var quotes = new List<QuoteSegment>();
        var scanner = new QuoteMarkScanner(text, 0, text.Length);
        while (scanner.MoveNext())
            quotes.Add(scanner.Current);
        var sentences = new List<TextSpan>();
        SentenceScanner.Split(text, 0, text.Length, quotes.ToArray(), QuoteLexicons.For(LexiconSet.Default), sentences);
        return sentences.ConvertAll(s => text.Substring(s.Start, s.Length));
    }

    [Fact]
    public void AbbreviationsAndInitialsDoNotEndSentences()
    {
        var sentences = Split("Sen. Chuck Schumer met George W. Bush in the U.S. capital. Then he left.");

        Assert.Equal(["Sen. Chuck Schumer met George W. Bush in the U.S. capital.", "Then he left."], sentences);
    }

    [Fact]
    public void AMultiSentenceQuoteStaysInItsFrame()
    {
        var sentences = Split("\"I came. I saw,\" he said. \"I won.\" The end.");

        Assert.Equal(["\"I came. I saw,\" he said.", "\"I won.\"", "The end."], sentences);
    }

    [Fact]
    public void AQuestionWithItsAttributionAfterIsOneSentence()
    {
        var sentences = Split("\u201CWho knows?\u201D Trump told ITV. Next.");

        Assert.Equal(["\u201CWho knows?\u201D Trump told ITV.", "Next."], sentences);
    }

    [Fact]
    public void AQuoteEndingInANestedQuoteEndsItsSentence()
    {
        var sentences = Split("\u201CIt\u2019s like a rally, \u2018We\u2019re all here.\u2019\u201D Sexton described the crowd.");

        Assert.Equal(["\u201CIt\u2019s like a rally, \u2018We\u2019re all here.\u2019\u201D", "Sexton described the crowd."], sentences);
    }

    [Fact]
    public void AQuestionWithAnAttributionOpeningWithAnAbbreviationIsOneSentence()
    {
        var sentences = Split("\"You ask, 'Where can we steal it?'\" Mr. Schriefer said. \"Who knows?\" Mr. Trump told ITV. Next.");

        Assert.Equal(["\"You ask, 'Where can we steal it?'\" Mr. Schriefer said.", "\"Who knows?\" Mr. Trump told ITV.", "Next."], sentences);
    }
}
