using System.Text;
using System.Text.Json;
using NewsParsing.Cli;
using NewsParsing.Model;
using NewsParsing.Tests.Infrastructure;

namespace NewsParsing.Tests.Robustness;

/// <summary>
/// One shared parser on many threads gives, byte for byte, the CLI JSON a sequential run gives: stages keep no
/// per-call state, so nothing one parse does can leak into another.
/// </summary>
public class ConcurrencyTests
{
    private const int Threads = 16;
    private const int ParsesPerThread = 500;

    /// <summary>The article as the CLI writes it: every field of the JSON contract.</summary>
    internal static string Json(Article article)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
            ArticleJsonWriter.Write(json, InputId.None, article);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Seeds, generated articles, small HTML pages and a few bad inputs, each with how to parse it.</summary>
    private static List<(string Name, Func<NewsParser, Article> Parse)> MixedInputs()
    {
        var inputs = new List<(string, Func<NewsParser, Article>)>();
        foreach (var file in RepoPaths.SeedFiles)
        {
            var text = File.ReadAllText(file);
            inputs.Add((Path.GetFileName(file), p => p.Parse(text)));
            var bytes = File.ReadAllBytes(file);
            inputs.Add((Path.GetFileName(file) + " as bytes", p => p.Parse(new MemoryStream(bytes))));
        }
        for (var seed = 0; seed < 40; seed++)
        {
            var text = GeneratedInputs.Article(seed);
            inputs.Add(($"generated {seed}", p => p.Parse(text)));
        }
        for (var seed = 0; seed < 12; seed++)
        {
            var html = GeneratedInputs.HtmlPage(seed);
            inputs.Add(($"html {seed}", p => p.ParseHtml(html, new Uri("https://example.org/news/a.html"))));
        }
        inputs.Add(("empty", p => p.Parse("")));
        inputs.Add(("binary", p => p.Parse(new MemoryStream([0, 1, 2, 0xFF, 0xFE, 0x80, 0x00, 0x41]))));
        inputs.Add(("dates", p => p.Parse("---\ntitle: T\ndate: 2025-02-30\n---\n\n\"Nested \u201Cquotes\u2019 here,\" she said.\n")));
        inputs.Add(("utf16", p => p.Parse(new MemoryStream(Encoding.Unicode.GetBytes("Headline text here\n\nBody text, officials said.\n")))));
        return inputs;
    }

    [Fact]
    public void SharedParser_16ThreadsOf500Parses_MatchASequentialRun()
    {
        var parser = NewsParser.Default;
        var inputs = MixedInputs();
        var expected = inputs.Select(input => Json(input.Parse(parser))).ToArray();

        var mismatches = new List<string>();
        var failures = new List<Exception>();
        using var start = new Barrier(Threads);
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            try
            {
                start.SignalAndWait();
                for (var i = 0; i < ParsesPerThread; i++)
                {
                    // Each thread walks the inputs from its own offset, so different inputs run at the same moment.
                    var index = (t * 7 + i) % inputs.Count;
                    var actual = Json(inputs[index].Parse(parser));
                    if (actual != expected[index])
                    {
                        lock (mismatches)
                            mismatches.Add($"thread {t}, parse {i}: {inputs[index].Name}");
                    }
                }
            }
            catch (Exception e)
            {
                lock (failures)
                    failures.Add(e);
            }
        })).ToList();
        threads.ForEach(thread => thread.Start());
        threads.ForEach(thread => thread.Join());

        Assert.Empty(failures);
        Assert.Empty(mismatches);
    }

    [Fact]
    public void ParsesOnOneThread_MatchParsesOnFreshThreads()
    {
        // The quote and claim stages keep their emptied scratch lists on the thread for its next parse: a parse on a
        // thread that has run others (long ones too, which outgrow what is kept) must give what a fresh thread gives.
        var parser = NewsParser.Default;
        var inputs = MixedInputs();
        inputs.Add(("long", p => p.Parse(string.Concat(Enumerable.Range(0, 60).Select(GeneratedInputs.Article)))));
        var runOn = "Run-on paragraph\n\n" + string.Concat(Enumerable.Repeat("\u201CWe will hold the line,\u201D Mayor Ana Lopez said on Friday, and she reportedly added 30 more. ", 2_000));
        inputs.Add(("one long paragraph", p => p.Parse(runOn)));
        var fresh = inputs.Select(input => OnNewThread(() => Json(input.Parse(parser)))).ToArray();

        var reused = OnNewThread(() =>
        {
            var results = new string[inputs.Count];
            for (var round = 0; round < 2; round++)
            {
                for (var i = inputs.Count - 1; i >= 0; i--)
                    results[i] = Json(inputs[i].Parse(parser));
            }
            return results;
        });

        for (var i = 0; i < inputs.Count; i++)
            Assert.True(fresh[i] == reused[i], $"{inputs[i].Name} differs after other parses on its thread");
    }

    private static T OnNewThread<T>(Func<T> work)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = work();
            }
            catch (Exception e)
            {
                failure = e;
            }
        });
        thread.Start();
        thread.Join();
        return failure is null ? result : throw new InvalidOperationException("the parse failed", failure);
    }

    [Fact]
    public void ParsersWithDifferentOptions_DoNotShareState()
    {
        var small = NewsParser.Create(o => o with { MaxInputChars = 200, IncludeDroppedText = false });
        var text = GeneratedInputs.Article(3);
        var expectedDefault = Json(NewsParser.Default.Parse(text));

        Parallel.For(0, 400, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            if (i % 2 == 0)
                Assert.Equal(expectedDefault, Json(NewsParser.Default.Parse(text)));
            else if (text.Length > 200)
                Assert.Throws<NewsParsingException>(() => small.Parse(text));
            else
                Assert.Empty(small.Parse(text).Dropped);
        });
    }
}
