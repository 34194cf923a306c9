using System.Collections.Immutable;
using System.Net.Mail;

namespace MlPlatform.Stacks.Config.Binding;

/// <summary>Binds <c>mlplatform:budget</c>, and checks e-mail addresses wherever the config lists them.</summary>
internal static class BudgetBinder
{
    public static BudgetSpec Bind(ConfigNode node, BindContext context)
    {
        var spec = new BudgetSpec(
            node.Decimal("monthlyLimitUsd", 0, 1, required: true),
            node.Ints("actualThresholds", [50, 80, 100], 1, 1000),
            node.Ints("forecastThresholds", [100], 1, 1000),
            node.Strings("recipients", [], required: true));
        CheckEmails(spec.Recipients, $"{node.Path}.recipients", context.Errors);
        node.RejectUnknownKeys();
        return spec;
    }

    public static void CheckEmails(ImmutableArray<string> emails, string path, ConfigErrors errors)
    {
        for (var i = 0; i < emails.Length; i++)
        {
            if (!MailAddress.TryCreate(emails[i], out var address) || address.Address != emails[i])
            {
                errors.Add($"{path}[{i}]", $"must be an e-mail address (got '{emails[i]}')");
            }
        }
    }
}
