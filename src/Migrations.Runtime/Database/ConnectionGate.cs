namespace Migrations.Runtime.Database;

/// <summary>
/// Turns on one connection that two tasks share: a model migration that builds its next events (reading on the
/// connection) while the writer writes its last ones (Npgsql runs one command at a time on a connection). A turn
/// covers one statement and the read of its result, never a wait for the other task, so neither waits long.
/// </summary>
internal sealed class ConnectionGate : IDisposable
{
    private readonly SemaphoreSlim _turn = new(1, 1);

    /// <summary>Waits for the connection; disposing the turn gives it back.</summary>
    public async ValueTask<Turn> EnterAsync(CancellationToken cancellationToken)
    {
        await _turn.WaitAsync(cancellationToken);
        return new Turn(_turn);
    }

    public void Dispose() => _turn.Dispose();

    /// <summary>The connection held until disposed; the default turn holds nothing.</summary>
    internal readonly struct Turn(SemaphoreSlim? turn) : IDisposable
    {
        public void Dispose() => turn?.Release();
    }
}
