using System.Collections.Immutable;

namespace Pulumi;

/// <summary>Untyped access to an output, for serialization.</summary>
internal interface IOutput
{
    Task<OutputData<object?>> GetDataAsync();

    Task<ImmutableHashSet<Resource>> GetResourcesAsync();
}

/// <summary>Untyped access to an input, for serialization.</summary>
internal interface IInput
{
    IOutput ToOutput();
}
