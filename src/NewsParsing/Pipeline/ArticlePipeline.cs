using System.Collections.Immutable;

namespace NewsParsing.Pipeline;

/// <summary>The ordered stages a parser runs, fixed when the parser is created.</summary>
internal sealed class ArticlePipeline
{
    private readonly ImmutableArray<IArticleStage> _stages;

    public ArticlePipeline(ImmutableArray<IArticleStage> stages) => _stages = stages;

    public void Run(ParseContext context)
    {
        foreach (var stage in _stages)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            stage.Run(context);
        }
    }
}
