using System.Text;
using NewsParsing.Model;

namespace NewsParsing.Tests.Html;

/// <summary>HTML bytes are decoded by BOM, declaration, then detection, and never mis-decoded silently.</summary>
public class CharsetTests
{
    static CharsetTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string Body = "<p>Der Bürgermeister eröffnete am Montag die neue Brücke über den Fluss – endlich, sagten die Anwohner.</p>";

    private static Article ParseBytes(byte[] bytes) => NewsParser.Default.ParseHtml(new MemoryStream(bytes));

    [Fact]
    public void MetaCharset_Latin1_IsReadAsWindows1252()
    {
        var html = $"<html><head><meta charset=\"iso-8859-1\"></head><body>{Body}</body></html>";
        var article = ParseBytes(Encoding.GetEncoding(1252).GetBytes(html));

        Assert.Contains("Bürgermeister eröffnete", article.Text, StringComparison.Ordinal);
        Assert.Contains("Brücke über den Fluss – endlich", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void HttpEquivCharset_IsHonoured()
    {
        var html = $"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head><body><p>Мэр открыл новый мост через реку в понедельник, сообщили жители города.</p></body></html>";
        var article = ParseBytes(Encoding.GetEncoding(1251).GetBytes(html));

        Assert.Contains("Мэр открыл новый мост", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Bom_WinsOverTheDeclaration()
    {
        var html = $"<html><head><meta charset=\"iso-8859-1\"></head><body>{Body}</body></html>";
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(html)).ToArray();

        Assert.Contains("Bürgermeister", ParseBytes(bytes).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void UndeclaredLegacyBytes_AreDetected_WithADiagnostic()
    {
        var html = $"<html><head></head><body>{Body}</body></html>";
        var article = ParseBytes(Encoding.GetEncoding(1252).GetBytes(html));

        Assert.Contains("Bürgermeister", article.Text, StringComparison.Ordinal);
        Assert.Contains(article.Diagnostics, static d => d.Code == DiagnosticCode.EncodingDetected);
    }

    [Fact]
    public void Utf8WithAStrayByte_StaysUtf8_WithADiagnostic()
    {
        var html = Encoding.UTF8.GetBytes($"<html><head><meta charset=\"utf-8\"></head><body>{Body}<p>Ein kaputtes Byte: ");
        var bytes = html.Concat(new byte[] { 0xE9 }).Concat(Encoding.UTF8.GetBytes(" und weiter im Text der Seite.</p></body></html>")).ToArray();

        var article = ParseBytes(bytes);

        Assert.Contains("Bürgermeister", article.Text, StringComparison.Ordinal);
        Assert.Contains(article.Diagnostics, static d => d.Code == DiagnosticCode.InvalidEncoding);
    }
}
