using Microsoft.Extensions.DependencyInjection;

namespace NewsParsing.Tests.Package;

/// <summary>What the README promises about <c>AddNewsParsing</c> and <c>AddKeyedNewsParsing</c>, beyond the basics in DependencyInjectionTests.</summary>
public class ServiceRegistrationTests
{
    [Fact]
    public void BadOptionsFailAtRegistrationNotAtTheFirstParse()
    {
        var services = new ServiceCollection();
        Assert.Throws<ArgumentOutOfRangeException>(() => services.AddNewsParsing(o => o with { MaxQuoteChars = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => services.AddKeyedNewsParsing("k", o => o with { MaxHtmlDepth = -1 }));
        Assert.Empty(services);
    }

    [Fact]
    public void KeyedAndUnkeyedRegistrationsAreIndependent()
    {
        var services = new ServiceCollection()
            .AddKeyedNewsParsing("strict", o => o with { MaxInputChars = 100 })
            .AddNewsParsing()
            .AddKeyedNewsParsing("strict", o => o with { MaxInputChars = 5 });   // TryAdd: the first "strict" stays
        using var provider = services.BuildServiceProvider();

        Assert.Same(NewsParser.Default, provider.GetRequiredService<INewsParser>());
        Assert.Equal(100, provider.GetRequiredKeyedService<INewsParser>("strict").Options.MaxInputChars);
        Assert.Null(provider.GetKeyedService<INewsParser>("other"));
    }

    [Fact]
    public void RegisteredParserParsesAndIsShared()
    {
        using var provider = new ServiceCollection().AddNewsParsing(o => o with { IncludeDroppedText = false }).BuildServiceProvider();
        var parser = provider.GetRequiredService<INewsParser>();

        Assert.Same(parser, provider.CreateScope().ServiceProvider.GetRequiredService<INewsParser>());
        var article = parser.Parse("A headline for the registration test\n\nIts only paragraph says something.\n");
        Assert.Equal("A headline for the registration test", article.Headline);
    }

    [Fact]
    public void NullServicesAreRejected()
    {
        Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddNewsParsing());
        Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddKeyedNewsParsing("k"));
    }
}
