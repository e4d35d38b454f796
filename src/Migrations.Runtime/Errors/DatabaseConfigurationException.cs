namespace Migrations.Runtime.Errors;

/// <summary>The database settings are missing or malformed; nothing was touched.</summary>
public sealed class DatabaseConfigurationException(string message) : Exception(message);
