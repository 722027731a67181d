using System.Text.Json;

namespace NewsParsing.Cli;

/// <summary>An input's id, echoed as given: a file name, or any JSON value from a <c>--jsonl</c> line.</summary>
internal readonly struct InputId
{
    private readonly string? _name;
    private readonly JsonElement _element;
    private readonly bool _hasElement;

    public InputId(string name) => _name = name;

    public InputId(JsonElement element)
    {
        _element = element.Clone();
        _hasElement = true;
    }

    public static InputId None => default;

    public void WriteTo(Utf8JsonWriter json)
    {
        if (_hasElement)
            _element.WriteTo(json);
        else if (_name is not null)
            json.WriteStringValue(_name);
        else
            json.WriteNullValue();
    }

    public override string ToString() => _hasElement ? _element.ToString() : _name ?? "";
}
