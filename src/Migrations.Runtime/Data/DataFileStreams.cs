using Migrations.Runtime.Errors;

namespace Migrations.Runtime.Data;

/// <summary>
/// Opens the files of the data commands with messages that name the file: a directory or a missing file given as
/// input, and an output that cannot be written (a full disk, a read-only folder), whose partial file is removed
/// again when this command created it.
/// </summary>
public static class DataFileStreams
{
    /// <summary>Opens <paramref name="file"/> for reading.</summary>
    public static FileStream OpenRead(FileInfo file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (Directory.Exists(file.FullName))
        {
            throw new DataFileException($"{file.FullName} is a directory, not a file.");
        }

        try
        {
            return new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DataFileException($"Cannot read {file.FullName}: {e.Message}", e);
        }
    }

    /// <summary>Creates or replaces <paramref name="file"/> and lets <paramref name="write"/> fill it.</summary>
    public static async Task<T> WriteAsync<T>(FileInfo file, Func<Stream, Task<T>> write)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(write);
        if (Directory.Exists(file.FullName))
        {
            throw new DataFileException($"{file.FullName} is a directory, not a file.");
        }

        var existed = File.Exists(file.FullName);
        try
        {
            T result;
            await using (var stream = new FileStream(file.FullName, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                result = await write(stream);
                await stream.FlushAsync();
            }

            return result;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (!existed)
            {
                TryDelete(file.FullName);
            }

            throw new DataFileException($"Cannot write {file.FullName}: {e.Message}", e);
        }
        catch
        {
            if (!existed)
            {
                TryDelete(file.FullName);
            }

            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The original failure is what matters.
        }
    }
}
