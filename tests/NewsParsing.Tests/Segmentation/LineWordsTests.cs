using NewsParsing.Segmentation;

namespace NewsParsing.Tests.Segmentation;

public class LineWordsTests
{
    /// <summary>The words as a loop over the characters finds them (what LineWords replaced).</summary>
    private static List<LineWord> Reference(string line, int most)
    {
        var words = new List<LineWord>();
        var i = 0;
        while (i < line.Length && words.Count < most)
        {
            while (i < line.Length && char.IsWhiteSpace(line[i]))
                i++;
            var start = i;
            while (i < line.Length && !char.IsWhiteSpace(line[i]))
                i++;
            if (i > start)
                words.Add(new LineWord(start, i, !line.AsSpan(start, i - start).ContainsAnyExceptInRange('\0', '\x7F')));
        }
        return words;
    }

    private static List<LineWord> Split(string line, int most)
    {
        var words = new LineWord[most];
        return [.. words.AsSpan(0, LineWords.Split(line, words)).ToArray()];
    }

    [Fact]
    public void SplitsAtWhiteSpace()
    {
        Assert.Equal([new LineWord(0, 3, true), new LineWord(4, 10, false), new LineWord(12, 15, true)], Split("One Zürich\t\u2003two", 8));
        Assert.Empty(Split(" \t\u00A0 ", 8));
        Assert.Empty(Split("", 8));
    }

    /// <summary>
    /// Differential check against the character loop on seeded lines: words and gaps of every length, so that words and
    /// gaps cross the 64-character chunks and lines end inside a chunk, on one and between chunks; white space beyond ASCII,
    /// control characters (white space or not) and letters beyond ASCII; and a word limit that cuts the line.
    /// </summary>
    [Fact]
    public void AgreesWithACharacterLoop()
    {
        char[] letters = ['a', 'Z', '7', '.', '\u201C', 'é', '\u2019', '\x01', '\x1C', '\x7F', '\u0100'];
        char[] spaces = [' ', ' ', ' ', '\t', '\n', '\v', '\u00A0', '\u2003', '\u3000', '\u0085'];
        var random = new Random(20261127);
        for (var trial = 0; trial < 3000; trial++)
        {
            var text = new System.Text.StringBuilder();
            var target = random.Next(0, 400);
            while (text.Length < target)
            {
                var pool = random.Next(2) == 0 ? letters : spaces;
                var run = random.Next(4) == 0 ? random.Next(1, 140) : random.Next(1, 9);
                for (var i = 0; i < run; i++)
                    text.Append(pool[random.Next(pool.Length)]);
            }
            // Lines of exactly 64 and 128 characters end on a chunk's end.
            var line = trial % 7 == 0 ? text.ToString().PadRight(256, 'x')[..(64 * random.Next(1, 4))] : text.ToString();
            var most = random.Next(3) == 0 ? random.Next(1, 12) : 128;
            Assert.Equal(Reference(line, most), Split(line, most));
        }
    }
}
