using System.Text.RegularExpressions;

namespace MlPlatform.Components.Observability.Tests.PromQl;

/// <summary>The lexical half of the parser: characters, literals, identifiers and keywords at the current position.</summary>
public sealed partial class PromQlParser
{
    private bool PeekIs(char c)
    {
        SkipSpace();
        return Peek() == c;
    }

    private void Duration()
    {
        SkipSpace();
        var match = DurationPattern().Match(_text, _pos);
        if (!match.Success || match.Index != _pos || match.Length == 0)
        {
            throw Error("expected a duration such as 5m or 1h30m");
        }

        _pos += match.Length;
    }

    private void Number()
    {
        SkipSpace();
        var match = NumberPattern().Match(_text, _pos);
        if (!match.Success || match.Index != _pos)
        {
            throw Error("expected a number");
        }

        _pos += match.Length;
    }

    private string StringLiteral()
    {
        SkipSpace();
        var quote = Peek();
        if (quote is not ('"' or '\'' or '`'))
        {
            throw Error("expected a quoted string");
        }

        var start = _pos;
        _pos++;
        var value = new System.Text.StringBuilder();
        while (_pos < _text.Length && _text[_pos] != quote)
        {
            if (_text[_pos] == '\\' && quote != '`' && _pos + 1 < _text.Length)
            {
                _pos++;
            }

            value.Append(_text[_pos]);
            _pos++;
        }

        if (_pos >= _text.Length)
        {
            throw new PromQlException("unterminated string", start);
        }

        _pos++;
        return value.ToString();
    }

    private string? Identifier(bool allowColon)
    {
        SkipSpace();
        var start = _pos;
        while (_pos < _text.Length && (char.IsAsciiLetter(_text[_pos]) || _text[_pos] == '_' || (allowColon && _text[_pos] == ':') || (_pos > start && char.IsAsciiDigit(_text[_pos]))))
        {
            _pos++;
        }

        return _pos > start ? _text[start.._pos] : null;
    }

    private string? WordAt(int position)
    {
        var end = position;
        while (end < _text.Length && (char.IsAsciiLetterOrDigit(_text[end]) || _text[end] == '_'))
        {
            end++;
        }

        return end > position ? _text[position..end] : null;
    }

    private bool Keyword(string word)
    {
        SkipSpace();
        if (WordAt(_pos) == word)
        {
            _pos += word.Length;
            return true;
        }

        return false;
    }

    private void Expect(char c)
    {
        SkipSpace();
        if (Peek() != c)
        {
            throw Error(_pos >= _text.Length ? $"expected '{c}' but the expression ended" : $"expected '{c}' but found '{Peek()}'");
        }

        _pos++;
    }

    private bool TryConsume(char c)
    {
        SkipSpace();
        if (Peek() == c)
        {
            _pos++;
            return true;
        }

        return false;
    }

    private void SkipSpace()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos]))
        {
            _pos++;
        }
    }

    private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

    private char PeekAt(int offset) => _pos + offset < _text.Length ? _text[_pos + offset] : '\0';

    private PromQlException Error(string message) => new(message, _pos);

    [GeneratedRegex(@"\G(\d+(ms|s|m|h|d|w|y))+")]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"\G(0x[0-9a-fA-F]+|(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?)")]
    private static partial Regex NumberPattern();
}
