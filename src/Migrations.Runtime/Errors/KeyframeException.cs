namespace Migrations.Runtime.Errors;

/// <summary>Base of the keyframe look-up failures; like upstream's, they carry no message of their own.</summary>
public abstract class KeyframeException(string message) : Exception(message);

/// <summary>The model does not exist in the keyframe.</summary>
public sealed class KeyframeModelDoesNotExistException(string fqid) : KeyframeException($"Model {fqid} does not exist in the keyframe");

/// <summary>The model is deleted in the keyframe.</summary>
public sealed class KeyframeModelDeletedException(string fqid) : KeyframeException($"Model {fqid} is deleted in the keyframe");

/// <summary>The model is not deleted in the keyframe.</summary>
public sealed class KeyframeModelNotDeletedException(string fqid) : KeyframeException($"Model {fqid} is not deleted in the keyframe");
