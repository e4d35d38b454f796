namespace Migrations.Runtime.Errors;

/// <summary>A data file is malformed or does not fit; the message names the file and the place.</summary>
public sealed class DataFileException(string message, Exception? inner = null) : Exception(message, inner);
