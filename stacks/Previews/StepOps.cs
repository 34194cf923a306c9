namespace MlPlatform.Stacks.Previews;

/// <summary>The <c>op</c> values of preview steps, as the engine spells them.</summary>
public static class StepOps
{
    public const string Same = "same";
    public const string Create = "create";
    public const string Update = "update";
    public const string Delete = "delete";
    public const string Replace = "replace";
    public const string CreateReplacement = "create-replacement";
    public const string DeleteReplaced = "delete-replaced";
    public const string Read = "read";
    public const string ReadReplacement = "read-replacement";
    public const string Refresh = "refresh";
    public const string ReadDiscard = "discard";
    public const string DiscardReplaced = "discard-replaced";
    public const string RemovePendingReplace = "remove-pending-replace";
    public const string Import = "import";
    public const string ImportReplacement = "import-replacement";

    /// <summary>Whether the resource exists after a step with this op (false for deletes and discards).</summary>
    public static bool ExistsAfter(string op) => op switch
    {
        Delete or DeleteReplaced or ReadDiscard or DiscardReplaced or RemovePendingReplace => false,
        _ => true,
    };

    /// <summary>Whether the resource existed before a step with this op (false for creates, reads and imports).</summary>
    public static bool ExistedBefore(string op) => op switch
    {
        Create or CreateReplacement or Read or Import or ImportReplacement => false,
        _ => true,
    };
}
