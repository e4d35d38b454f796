namespace Migrations.Runtime.Errors;

/// <summary>The migration setup is wrong: a missing or wrong index, or event migrations after model migrations.</summary>
public sealed class MigrationSetupException(string message) : Exception(message);
