using System.Globalization;
using System.Text.RegularExpressions;

namespace MlPlatform.Components.Observability.Tests.PromQl;

/// <summary>The parser's aggregations, function calls, label matchers and label lists.</summary>
public sealed partial class PromQlParser
{
    private bool NextIsAggregation()
    {
        var save = _pos;
        SkipSpace();
        var result = Peek() == '(' || WordAt(_pos) is "by" or "without";
        _pos = save;
        return result;
    }

    private PromQlType Aggregation(string name, int start)
    {
        var grouped = Keyword("by") || Keyword("without");
        if (grouped)
        {
            LabelList();
        }

        Expect('(');
        if (PromQlFunctions.ParameterisedAggregations.Contains(name))
        {
            var parameter = Expression(0);
            if (parameter is not (PromQlType.Scalar or PromQlType.Text))
            {
                throw new PromQlException($"the parameter of '{name}' must be a scalar or string", start);
            }

            Expect(',');
        }

        var vector = Expression(0);
        Expect(')');
        if (vector != PromQlType.InstantVector)
        {
            throw new PromQlException($"'{name}' aggregates an instant vector, not a {vector}", start);
        }

        if (Keyword("by") || Keyword("without"))
        {
            if (grouped)
            {
                throw new PromQlException($"'{name}' has two grouping clauses", start);
            }

            LabelList();
        }

        return PromQlType.InstantVector;
    }

    private PromQlType Function(string name, int start)
    {
        if (!PromQlFunctions.IsFunction(name))
        {
            throw new PromQlException($"unknown function '{name}'", start);
        }

        _functions.Add(name);
        Expect('(');
        var arguments = new List<PromQlType>();
        SkipSpace();
        if (Peek() != ')')
        {
            do
            {
                arguments.Add(Expression(0));
                SkipSpace();
            }
            while (TryConsume(','));
        }

        Expect(')');
        if (PromQlFunctions.RangeArgument.TryGetValue(name, out var rangeIndex))
        {
            if (arguments.Count <= rangeIndex || arguments[rangeIndex] != PromQlType.RangeVector)
            {
                throw new PromQlException($"'{name}' needs a range vector as argument {rangeIndex + 1}", start);
            }

            if (arguments.Where((_, i) => i != rangeIndex).Any(a => a == PromQlType.RangeVector))
            {
                throw new PromQlException($"'{name}' takes one range vector", start);
            }

            return PromQlType.InstantVector;
        }

        var (min, max) = PromQlFunctions.Arity[name];
        if (arguments.Count < min || arguments.Count > max)
        {
            throw new PromQlException($"'{name}' takes {(min == max ? min.ToString(CultureInfo.InvariantCulture) : $"{min} to {max}")} arguments, got {arguments.Count}", start);
        }

        if (arguments.Any(a => a == PromQlType.RangeVector))
        {
            throw new PromQlException($"'{name}' does not take a range vector", start);
        }

        return name switch
        {
            "scalar" or "time" or "pi" => PromQlType.Scalar,
            _ => PromQlType.InstantVector,
        };
    }

    private void Matchers(bool requireNonEmpty)
    {
        Expect('{');
        var count = 0;
        while (true)
        {
            SkipSpace();
            if (Peek() == '}')
            {
                _pos++;
                break;
            }

            var label = Identifier(allowColon: false) ?? throw Error("expected a label name in the matcher");
            SkipSpace();
            var op = MatchOperators.FirstOrDefault(o => string.CompareOrdinal(_text, _pos, o, 0, o.Length) == 0)
                ?? throw Error($"expected =, !=, =~ or !~ after label '{label}'");
            _pos += op.Length;
            SkipSpace();
            var valueAt = _pos;
            var value = StringLiteral();
            if (op is "=~" or "!~")
            {
                try
                {
                    _ = new Regex($"^(?:{value})$", RegexOptions.None, TimeSpan.FromSeconds(1));
                }
                catch (ArgumentException e)
                {
                    throw new PromQlException($"invalid regular expression for '{label}': {e.Message}", valueAt);
                }
            }

            if (label == "__name__" && op == "=")
            {
                _metrics.Add(value);
            }

            count++;
            SkipSpace();
            if (!TryConsume(','))
            {
                Expect('}');
                break;
            }
        }

        if (requireNonEmpty && count == 0)
        {
            throw Error("a selector needs a metric name or at least one matcher");
        }
    }

    private void LabelList()
    {
        Expect('(');
        SkipSpace();
        if (TryConsume(')'))
        {
            return;
        }

        do
        {
            SkipSpace();
            _ = Identifier(allowColon: false) ?? throw Error("expected a label name");
            SkipSpace();
        }
        while (TryConsume(',') && !PeekIs(')'));

        Expect(')');
    }
}
