namespace NewsParsing.Pipeline;

/// <summary>One step of the pipeline. Stages are stateless singletons: all per-call state is in the context.</summary>
internal interface IArticleStage
{
    /// <summary>Reads and adds to <paramref name="context"/>.</summary>
    void Run(ParseContext context);
}
