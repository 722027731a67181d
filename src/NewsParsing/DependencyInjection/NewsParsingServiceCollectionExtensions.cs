using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsParsing;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers NewsParsing with a service collection.</summary>
public static class NewsParsingServiceCollectionExtensions
{
    /// <summary>
    /// Registers one shared <see cref="INewsParser"/> (a singleton: parsers are immutable and thread-safe).
    /// Does nothing if an <see cref="INewsParser"/> is already registered.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes the default options, e.g. <c>o =&gt; o with { MaxInputChars = 1_000_000 }</c>.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddNewsParsing(this IServiceCollection services, Func<NewsParserOptions, NewsParserOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var parser = NewsParser.Create(configure);
        services.TryAddSingleton<INewsParser>(parser);
        return services;
    }

    /// <summary>
    /// Registers a keyed <see cref="INewsParser"/>, for applications that need several configurations.
    /// Does nothing if one is already registered under <paramref name="serviceKey"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="serviceKey">The key to resolve the parser with (<c>[FromKeyedServices(key)]</c>).</param>
    /// <param name="configure">Changes the default options.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddKeyedNewsParsing(this IServiceCollection services, object? serviceKey, Func<NewsParserOptions, NewsParserOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var parser = NewsParser.Create(configure);
        services.TryAddKeyedSingleton<INewsParser>(serviceKey, parser);
        return services;
    }
}
