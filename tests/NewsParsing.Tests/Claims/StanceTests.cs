using NewsParsing.Model;
using Xunit.Abstractions;

namespace NewsParsing.Tests.Claims;

/// <summary>
/// Stance accuracy on our own annotated sentences (stance.tsv, read at run time): many cue verbs, negations
/// ("did not say", "declined to comment", "does not believe"), quotes and "according to".
/// </summary>
public class StanceTests(ITestOutputHelper output)
{
    /// <summary>Below the measured accuracy (README), so a regression fails.</summary>
    private const double Floor = 0.98;

    [Fact]
    public void StanceOfOwnAnnotatedSentences_MeetsTheFloor()
    {
        var path = Path.Combine(Infrastructure.RepoPaths.Root, "tests", "NewsParsing.Tests", "Claims", "stance.tsv");
        var rows = File.ReadLines(path)
            .Where(static l => l.Length > 0 && !l.StartsWith('#'))
            .Select(static l => l.Split('\t'))
            .ToList();
        Assert.True(rows.Count >= 100, $"only {rows.Count} sentences");

        var correct = 0;
        foreach (var row in rows)
        {
            var expected = Enum.Parse<Stance>(row[0], ignoreCase: true);
            var article = NewsParser.Default.Parse(row[1]);
            Infrastructure.SpanInvariants.AssertAll(article);
            var claim = article.Claims.Where(static c => c.Cue is not null).MinBy(static c => c.Cue!.Span.Start);
            if (claim?.Stance == expected)
                correct++;
            else
                output.WriteLine($"expected {expected}, got {claim?.Stance.ToString() ?? "no claim"} ({claim?.Cue?.Lemma}): {row[1]}");
        }
        var accuracy = (double)correct / rows.Count;
        output.WriteLine($"stance accuracy {correct}/{rows.Count} = {accuracy:P1}");
        Assert.True(accuracy >= Floor, $"stance accuracy {accuracy:P1} below {Floor:P0}");
    }
}
