using System.Text.RegularExpressions;

namespace MlPlatform.Components.Observability.Tests.PromQl;

/// <summary>
/// A small recursive-descent PromQL parser: numbers, strings, selectors with label matchers, range vectors and
/// subqueries, offset and @, unary and binary operators by precedence with bool, on/ignoring and group_left/right,
/// aggregations with by/without (before or after the arguments), and function calls checked against Prometheus'
/// function list, their arity and where they need a range vector. It checks syntax and types, not semantics beyond that.
/// </summary>
public sealed partial class PromQlParser
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "and", "or", "unless", "atan2", "by", "without", "on", "ignoring", "group_left", "group_right", "bool", "offset",
    };

    private static readonly string[] Operators = ["==", "!=", ">=", "<=", ">", "<", "+", "-", "*", "/", "%", "^"];

    private static readonly string[] WordOperators = ["and", "or", "unless", "atan2"];

    private static readonly string[] MatchOperators = ["=~", "!~", "!=", "="];

    private readonly string _text;
    private readonly HashSet<string> _metrics = new(StringComparer.Ordinal);
    private readonly HashSet<string> _functions = new(StringComparer.Ordinal);
    private int _pos;
    private bool _lastWasSelector;

    private PromQlParser(string text) => _text = text;

    /// <summary>Parses <paramref name="expression"/>; throws <see cref="PromQlException"/> on the first problem.</summary>
    public static PromQlQuery Parse(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var parser = new PromQlParser(expression);
        var type = parser.Expression(0);
        parser.SkipSpace();
        if (parser._pos < expression.Length)
        {
            throw parser.Error($"unexpected '{expression[parser._pos]}'");
        }

        return new PromQlQuery(type, parser._metrics, parser._functions);
    }

    private static int Precedence(string op) => op switch
    {
        "or" => 1,
        "and" or "unless" => 2,
        "==" or "!=" or ">" or "<" or ">=" or "<=" => 3,
        "+" or "-" => 4,
        "*" or "/" or "%" or "atan2" => 5,
        "^" => 6,
        _ => -1,
    };

    private static bool IsComparison(string op) => Precedence(op) == 3;

    private static bool IsSetOperator(string op) => op is "and" or "or" or "unless";

    private PromQlType Expression(int minPrecedence)
    {
        var left = Unary();
        while (true)
        {
            var start = _pos;
            var op = PeekOperator();
            if (op is null || Precedence(op) < minPrecedence)
            {
                _pos = start;
                return left;
            }

            _pos += op.Length;
            var returnBool = Keyword("bool");
            if (returnBool && !IsComparison(op))
            {
                throw Error($"'bool' only follows a comparison, not '{op}'");
            }

            var matching = Keyword("on") || Keyword("ignoring");
            if (matching)
            {
                LabelList();
            }

            if (Keyword("group_left") || Keyword("group_right"))
            {
                if (!matching)
                {
                    throw Error("group_left/group_right need on(...) or ignoring(...) before them");
                }

                if (IsSetOperator(op))
                {
                    throw Error($"'{op}' cannot group_left/group_right");
                }

                SkipSpace();
                if (Peek() == '(')
                {
                    LabelList();
                }
            }

            // ^ is right-associative; every other operator is left-associative.
            var right = Expression(op == "^" ? Precedence(op) : Precedence(op) + 1);
            left = Combine(op, left, right, returnBool, start);
        }
    }

    private static PromQlType Combine(string op, PromQlType left, PromQlType right, bool returnBool, int at)
    {
        foreach (var side in new[] { left, right })
        {
            if (side is PromQlType.RangeVector or PromQlType.Text)
            {
                throw new PromQlException($"operator '{op}' cannot take a {side}", at);
            }
        }

        if (IsSetOperator(op) && (left != PromQlType.InstantVector || right != PromQlType.InstantVector))
        {
            throw new PromQlException($"'{op}' needs instant vectors on both sides", at);
        }

        if (IsComparison(op) && left == PromQlType.Scalar && right == PromQlType.Scalar && !returnBool)
        {
            throw new PromQlException("a comparison of two scalars needs 'bool'", at);
        }

        return left == PromQlType.Scalar && right == PromQlType.Scalar ? PromQlType.Scalar : PromQlType.InstantVector;
    }

    private string? PeekOperator()
    {
        SkipSpace();
        foreach (var word in WordOperators)
        {
            if (WordAt(_pos) == word)
            {
                return word;
            }
        }

        return Operators.FirstOrDefault(o => string.CompareOrdinal(_text, _pos, o, 0, o.Length) == 0);
    }

    private PromQlType Unary()
    {
        SkipSpace();
        if (Peek() is '+' or '-')
        {
            _pos++;
            var operand = Unary();
            if (operand is PromQlType.RangeVector or PromQlType.Text)
            {
                throw Error($"unary sign cannot take a {operand}");
            }

            return operand;
        }

        return Postfix(Primary());
    }

    private PromQlType Postfix(PromQlType type)
    {
        while (true)
        {
            SkipSpace();
            if (Peek() == '[')
            {
                var at = _pos;
                _pos++;
                Duration();
                SkipSpace();
                var subquery = false;
                if (Peek() == ':')
                {
                    subquery = true;
                    _pos++;
                    SkipSpace();
                    if (Peek() != ']')
                    {
                        Duration();
                    }
                }

                Expect(']');
                if (type != PromQlType.InstantVector)
                {
                    throw new PromQlException($"a range needs an instant vector, not a {type}", at);
                }

                if (!subquery && !_lastWasSelector)
                {
                    throw new PromQlException("a range [d] applies to a selector only (use a subquery [d:step] otherwise)", at);
                }

                type = PromQlType.RangeVector;
                _lastWasSelector = false;
            }
            else if (Keyword("offset"))
            {
                SkipSpace();
                if (Peek() == '-')
                {
                    _pos++;
                }

                Duration();
            }
            else if (Peek() == '@')
            {
                _pos++;
                SkipSpace();
                if (!(Keyword("start") || Keyword("end")))
                {
                    Number();
                }
                else
                {
                    Expect('(');
                    Expect(')');
                }
            }
            else
            {
                return type;
            }
        }
    }

    private PromQlType Primary()
    {
        SkipSpace();
        _lastWasSelector = false;
        var c = Peek();
        if (c == '(')
        {
            _pos++;
            var inner = Expression(0);
            Expect(')');
            _lastWasSelector = false;
            return inner;
        }

        if (c is '"' or '\'' or '`')
        {
            StringLiteral();
            return PromQlType.Text;
        }

        if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(PeekAt(1))))
        {
            Number();
            return PromQlType.Scalar;
        }

        if (c == '{')
        {
            Matchers(requireNonEmpty: true);
            _lastWasSelector = true;
            return PromQlType.InstantVector;
        }

        var start = _pos;
        var name = Identifier(allowColon: true) ?? throw Error(_pos >= _text.Length ? "unexpected end of expression" : $"unexpected '{c}'");
        if (Keywords.Contains(name))
        {
            throw new PromQlException($"'{name}' where an expression belongs", start);
        }

        if (name is "Inf" or "NaN")
        {
            return PromQlType.Scalar;
        }

        if (PromQlFunctions.Aggregations.Contains(name) && NextIsAggregation())
        {
            var aggregated = Aggregation(name, start);
            _lastWasSelector = false;
            return aggregated;
        }

        SkipSpace();
        if (Peek() == '(')
        {
            var result = Function(name, start);
            _lastWasSelector = false;
            return result;
        }

        _metrics.Add(name);
        SkipSpace();
        if (Peek() == '{')
        {
            Matchers(requireNonEmpty: false);
        }

        _lastWasSelector = true;
        return PromQlType.InstantVector;
    }
}
