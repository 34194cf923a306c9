using System.Collections.Immutable;

namespace MlPlatform.Stacks.Config;

/// <summary>Container image repositories (ECR) or the registry (ACR).</summary>
/// <param name="Repositories">One repository per image: the platform's own (scheduler, inference, dataset-warmer) and teams'.</param>
/// <param name="UntaggedExpiryDays">Untagged images are deleted after this many days.</param>
/// <param name="KeepLastImages">Only this many tagged images are kept per repository.</param>
/// <param name="Sku">The ACR tier (Azure only): Premium in production, Standard otherwise, unless set.</param>
public sealed record RegistrySpec(ImmutableArray<string> Repositories, int UntaggedExpiryDays, int KeepLastImages, RegistrySku Sku = RegistrySku.Standard);
