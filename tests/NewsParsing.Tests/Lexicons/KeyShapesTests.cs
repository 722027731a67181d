using NewsParsing.Lexicons;

namespace NewsParsing.Tests.Lexicons;

/// <summary>The shape pre-check in front of every lexicon lookup: it may pass words that are no key, never reject a key.</summary>
public class KeyShapesTests
{
    [Fact]
    public void NeverRejectsAKeyOfAnyLexiconInAnyCasing()
    {
        var set = LexiconSet.Default;
        foreach (var file in set.FileNames)
        {
            var name = file.Split('.')[0];
            var keys = set.Get(name).Keys.ToList();
            var shapes = new KeyShapes(keys);
            foreach (var key in keys)
            {
                Assert.True(shapes.MayContain(key), $"{file}: {key}");
                Assert.True(shapes.MayContain(key.ToUpperInvariant()), $"{file}: {key.ToUpperInvariant()}");
                Assert.True(shapes.MayContain(key.ToLowerInvariant()), $"{file}: {key.ToLowerInvariant()}");
            }
        }
    }

    [Theory]
    [InlineData("said", true)]
    [InlineData("SAID", true)]
    [InlineData("sand", true)]   // same first letter, length and last letter: passes to the lookup
    [InlineData("saib", false)]  // last letter differs
    [InlineData("saids", false)] // length differs
    [InlineData("paid", false)]  // first letter differs
    [InlineData("", true)]
    public void RulesOutByFirstCharacterLengthAndLastCharacter(string word, bool mayContain) =>
        Assert.Equal(mayContain, new KeyShapes(["said", "sword"]).MayContain(word));

    [Fact]
    public void NonAsciiCharactersPassWhereverTheComparerMayEquateThem()
    {
        // A non-ASCII last character is not filed: the word reaches the lookup whenever keys of its first character
        // and length exist, and the lookup decides.
        Assert.True(new KeyShapes(["hi"]).MayContain("hı"));
        Assert.False(new KeyShapes(["hi"]).MayContain("hı!"));
        string[] keys = ["ıt", "ſo", "caf\u00e9", "\u212Aelvin", "\u00e9t\u00e9", "stra\u00dfe"];
        string[] words = ["it", "IT", "ıt", "so", "SO", "cafe", "CAF\u00c9", "kelvin", "Kelvin", "\u00c9T\u00c9", "STRASSE", "STRA\u00dfE"];
        foreach (var key in keys)
        {
            var shapes = new KeyShapes([key]);
            foreach (var word in words)
            {
                if (StringComparer.OrdinalIgnoreCase.Equals(key, word))
                    Assert.True(shapes.MayContain(word), $"{key} / {word}");
            }
            Assert.True(shapes.MayContain(key.ToUpperInvariant()), key);
        }
    }
}
