namespace MlPlatform.Inference.Tensors;

/// <summary>The Open Inference Protocol v2 tensor element types the runtime accepts and returns.</summary>
public enum TensorDataType
{
    /// <summary>BOOL: one byte per element, 0 or 1.</summary>
    Bool,
    /// <summary>UINT8.</summary>
    U8,
    /// <summary>INT8.</summary>
    I8,
    /// <summary>INT16.</summary>
    I16,
    /// <summary>INT32.</summary>
    I32,
    /// <summary>INT64.</summary>
    I64,
    /// <summary>FP16 (IEEE half precision).</summary>
    Fp16,
    /// <summary>FP32.</summary>
    Fp32,
    /// <summary>FP64.</summary>
    Fp64,
    /// <summary>BYTES: variable-length elements (ONNX strings), each 4-byte little-endian length + bytes on the wire.</summary>
    Bytes,
}
