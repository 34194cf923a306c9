namespace MlPlatform.KubernetesSchemas.Tests;

/// <summary>Where a file in <c>data/schemas</c> comes from, which decides how strict it is as stored (see its SOURCES.md).</summary>
public enum SchemaOrigin
{
    /// <summary>yannh's standalone-strict Kubernetes schema: strict at every level, apiVersion and kind enumerated.</summary>
    Kubernetes,

    /// <summary>A datreeio CRDs-catalog file: strict below the root; the root and apiVersion/kind are not checked.</summary>
    CatalogCrd,

    /// <summary>A CRD's raw openAPIV3Schema: nothing is strict.</summary>
    DerivedCrd,

    /// <summary>A Helm chart's own values.schema.json.</summary>
    HelmValues,
}
