using Microsoft.Extensions.DependencyInjection;

namespace NewsParsing.Tests;

public class DependencyInjectionTests
{
    [Fact]
    public void AddNewsParsing_RegistersOneSharedParserWithTheOptions()
    {
        var services = new ServiceCollection().AddNewsParsing(o => o with { MaxInputChars = 1000 });
        using var provider = services.BuildServiceProvider();

        var parser = provider.GetRequiredService<INewsParser>();
        Assert.Same(parser, provider.GetRequiredService<INewsParser>());
        Assert.Equal(1000, parser.Options.MaxInputChars);
    }

    [Fact]
    public void AddNewsParsing_DoesNotReplaceAnExistingRegistration()
    {
        var services = new ServiceCollection().AddNewsParsing(o => o with { MaxInputChars = 10 }).AddNewsParsing();
        using var provider = services.BuildServiceProvider();
        Assert.Equal(10, provider.GetRequiredService<INewsParser>().Options.MaxInputChars);
    }

    [Fact]
    public void AddKeyedNewsParsing_KeepsConfigurationsApart()
    {
        var services = new ServiceCollection()
            .AddKeyedNewsParsing("small", o => o with { MaxInputChars = 100 })
            .AddKeyedNewsParsing("large", o => o with { MaxInputChars = 1_000_000 });
        using var provider = services.BuildServiceProvider();
        Assert.Equal(100, provider.GetRequiredKeyedService<INewsParser>("small").Options.MaxInputChars);
        Assert.Equal(1_000_000, provider.GetRequiredKeyedService<INewsParser>("large").Options.MaxInputChars);
    }

    [Fact]
    public void Options_RejectNonPositiveLimits()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NewsParserOptions.Default with { MaxInputChars = 0 });
    }

    [Fact]
    public void InputOverTheLimit_ThrowsTypedException()
    {
        var parser = NewsParser.Create(o => o with { MaxInputChars = 10 });
        var e = Assert.Throws<NewsParsingException>(() => parser.Parse("This text is longer than ten characters."));
        Assert.Equal(NewsParsingErrorKind.InputTooLarge, e.Kind);
    }
}
