namespace MlPlatform.Registry;

/// <summary>An object read from a registry store, with the entity tag a conditional write compares against.</summary>
public sealed record StoredObject(ReadOnlyMemory<byte> Content, string ETag);
