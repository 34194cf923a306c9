// Offline stand-in: the subset of Pulumi.Random 4.21.1 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Random;

/// <summary>A random password; <c>result</c> and <c>bcryptHash</c> are secret outputs.</summary>
[RandomResourceType("random:index/randomPassword:RandomPassword")]
public partial class RandomPassword : global::Pulumi.CustomResource
{
    [Output("bcryptHash")]
    public Output<string> BcryptHash { get; private set; } = null!;

    [Output("keepers")]
    public Output<ImmutableDictionary<string, string>?> Keepers { get; private set; } = null!;

    [Output("length")]
    public Output<int> Length { get; private set; } = null!;

    [Output("lower")]
    public Output<bool> Lower { get; private set; } = null!;

    [Output("minLower")]
    public Output<int> MinLower { get; private set; } = null!;

    [Output("minNumeric")]
    public Output<int> MinNumeric { get; private set; } = null!;

    [Output("minSpecial")]
    public Output<int> MinSpecial { get; private set; } = null!;

    [Output("minUpper")]
    public Output<int> MinUpper { get; private set; } = null!;

    [Output("numeric")]
    public Output<bool> Numeric { get; private set; } = null!;

    [Output("overrideSpecial")]
    public Output<string?> OverrideSpecial { get; private set; } = null!;

    [Output("result")]
    public Output<string> Result { get; private set; } = null!;

    [Output("special")]
    public Output<bool> Special { get; private set; } = null!;

    [Output("upper")]
    public Output<bool> Upper { get; private set; } = null!;

    public RandomPassword(string name, RandomPasswordArgs args, CustomResourceOptions? options = null)
        : base("random:index/randomPassword:RandomPassword", name, args ?? new RandomPasswordArgs(), MakeResourceOptions(options, ""))
    {
    }

    private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
    {
        var defaultOptions = new CustomResourceOptions
        {
            Version = Utilities.Version,
            AdditionalSecretOutputs =
            {
                "bcryptHash",
                "result",
            },
        };
        var merged = CustomResourceOptions.Merge(defaultOptions, options);
        merged.Id = id ?? merged.Id;
        return merged;
    }
}

public sealed class RandomPasswordArgs : global::Pulumi.ResourceArgs
{
    [Input("keepers")]
    private InputMap<string>? _keepers;

    public InputMap<string> Keepers
    {
        get => _keepers ?? (_keepers = new InputMap<string>());
        set => _keepers = value;
    }

    [Input("length", required: true)]
    public Input<int> Length { get; set; } = null!;

    [Input("lower")]
    public Input<bool>? Lower { get; set; }

    [Input("minLower")]
    public Input<int>? MinLower { get; set; }

    [Input("minNumeric")]
    public Input<int>? MinNumeric { get; set; }

    [Input("minSpecial")]
    public Input<int>? MinSpecial { get; set; }

    [Input("minUpper")]
    public Input<int>? MinUpper { get; set; }

    [Input("numeric")]
    public Input<bool>? Numeric { get; set; }

    [Input("overrideSpecial")]
    public Input<string>? OverrideSpecial { get; set; }

    [Input("special")]
    public Input<bool>? Special { get; set; }

    [Input("upper")]
    public Input<bool>? Upper { get; set; }

    public RandomPasswordArgs()
    {
    }

    public static new RandomPasswordArgs Empty => new RandomPasswordArgs();
}
