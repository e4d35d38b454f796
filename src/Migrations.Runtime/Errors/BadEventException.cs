namespace Migrations.Runtime.Errors;

/// <summary>
/// An event that breaks the event rules: invalid keys or fields, a None value, or a precondition of applying it
/// (spec §2.2, §2.3). The message is upstream's text, e.g. <c>Model a/1 does not exist</c>.
/// </summary>
public sealed class BadEventException(string message) : Exception(message);
