namespace Pulumi;

/// <summary>Options for a <see cref="CustomResource"/>.</summary>
public sealed class CustomResourceOptions : ResourceOptions
{
    private List<string>? _additionalSecretOutputs;

    public bool? DeleteBeforeReplace { get; set; }

    public List<string> AdditionalSecretOutputs
    {
        get => _additionalSecretOutputs ??= new List<string>();
        set => _additionalSecretOutputs = value;
    }

    public string? ImportId { get; set; }

    public static CustomResourceOptions Merge(CustomResourceOptions? options1, CustomResourceOptions? options2)
    {
        var merged = (CustomResourceOptions?)options1?.Clone() ?? new CustomResourceOptions();
        options2 = (CustomResourceOptions?)options2?.Clone() ?? new CustomResourceOptions();
        MergeNormalOptions(merged, options2);
        merged.DeleteBeforeReplace = options2.DeleteBeforeReplace ?? merged.DeleteBeforeReplace;
        merged.ImportId = options2.ImportId ?? merged.ImportId;
        merged.AdditionalSecretOutputs.AddRange(options2.AdditionalSecretOutputs);
        return merged;
    }

    internal override ResourceOptions Clone()
    {
        var copy = new CustomResourceOptions
        {
            DeleteBeforeReplace = DeleteBeforeReplace,
            AdditionalSecretOutputs = [.. AdditionalSecretOutputs],
            ImportId = ImportId,
        };
        CopyTo(copy);
        return copy;
    }
}
