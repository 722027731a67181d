using NewsParsing.Benchmarks.Inputs;
using NewsParsing.Model;

namespace NewsParsing.Benchmarks.Columns;

/// <summary>
/// The heap size of the <see cref="Article"/> a full parse returns, measured as the memory that stays reachable
/// while copies are held (its text, strings, arrays and records), per article. Allocation is judged against it.
/// </summary>
internal static class ModelSize
{
    private static readonly Dictionary<string, double> s_cache = [];

    public static double BytesPerArticle(string input)
    {
        lock (s_cache)
        {
            if (!s_cache.TryGetValue(input, out var size))
                s_cache[input] = size = Measure(input);
            return size;
        }
    }

    private static double Measure(string input)
    {
        Func<Article>[] parses = input is "dates" or "seed text" ? [] : input.StartsWith("html ", StringComparison.Ordinal)
            ? [.. BenchInputs.Pages(input).Select(p => (Func<Article>)(() => NewsParser.Default.ParseHtml(new string(p.Html), p.Url)))]
            : [() => NewsParser.Default.Parse(new string(BenchInputs.Text(input)))];
        if (parses.Length == 0)
            return 0;
        foreach (var parse in parses)
            parse(); // lexicons and other one-time state load here, not in the measured window
        var copies = Math.Max(1, 8 / parses.Length);
        var held = new Article[copies * parses.Length];
        var before = GC.GetTotalMemory(forceFullCollection: true);
        for (var i = 0; i < held.Length; i++)
            held[i] = parses[i % parses.Length]();
        // The input copies are garbage unless the model keeps them (plain text keeps an unchanged input as Text).
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(held);
        return (after - before) / (double)held.Length;
    }
}
