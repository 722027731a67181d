using NewsParsing.Cli;

namespace NewsParsing.Tests.Cli;

/// <summary>The C# port of eval_quotes.py's overlap@0.5 on hand-made documents (the Python scorer is the reference).</summary>
public class RelationScorerTests
{
    private const string Text = "Senator Jane Doe said the plan would fail. \"It is dead,\" she added. Officials disagreed.";

    private static RelationScorer.Relation At(string fragment, string? kind = null, string? speaker = null, int? speakerStart = null, int? speakerEnd = null, string? cue = null)
    {
        var start = Text.IndexOf(fragment, StringComparison.Ordinal);
        return new RelationScorer.Relation([(start, start + fragment.Length)], kind, speaker, speakerStart, speakerEnd, cue, null, null);
    }

    [Fact]
    public void HalfTheTokensOfBothSpans_Match_AndFewerDoNot()
    {
        var gold = new[] { At("the plan would fail", "indirect") };

        var half = RelationScorer.Score(Text, gold, [At("plan would", "indirect")]);
        var less = RelationScorer.Score(Text, gold, [At("plan", "indirect")]);

        Assert.Equal(1, half.Matched);
        Assert.Equal(0, less.Matched);
        Assert.Equal(1, less.Predicted);
    }

    [Fact]
    public void Speaker_MatchesByLastNameWithoutHonorificsOrPossessive()
    {
        var gold = new[] { At("the plan would fail", speaker: "Senator Jane Doe", cue: "said") };

        var byName = RelationScorer.Score(Text, gold, [At("the plan would fail", speaker: "Doe's", cue: "Said")]);
        var wrong = RelationScorer.Score(Text, gold, [At("the plan would fail", speaker: "Officials", cue: "added")]);

        Assert.Equal((1, 1, 1, 1), (byName.SpeakerCorrect, byName.EndToEnd, byName.CueCorrect, byName.CueTotal));
        Assert.Equal((0, 0, 0), (wrong.SpeakerCorrect, wrong.EndToEnd, wrong.CueCorrect));
    }

    [Fact]
    public void OutOfScopeGold_TakesLeftoverPredictions_WhichCountNeitherWay()
    {
        var gold = new[] { At("It is dead", "direct"), At("the plan would fail", "indirect") };
        var predicted = new[] { At("It is dead"), At("the plan would fail") };

        var scores = RelationScorer.Score(Text, gold, predicted, static kind => kind is "direct" or "mixed");

        Assert.Equal((1, 1, 1), (scores.Gold, scores.Predicted, scores.Matched));
        Assert.Equal(1.0, scores.F1);
    }
}
