using System.Text;

namespace Migrations.Cli;

/// <summary>
/// Passes text on line by line with the root command's internal name replaced by the program's name (the help
/// text's usage lines).
/// </summary>
internal sealed class ProgramNameWriter(TextWriter inner, string internalName, string programName) : TextWriter
{
    private readonly StringBuilder _line = new();

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        _line.Append(value);
        if (value == '\n')
        {
            Flush();
        }
    }

    public override void Write(string? value)
    {
        foreach (var c in value ?? "")
        {
            Write(c);
        }
    }

    public override void Flush()
    {
        inner.Write(_line.Replace(internalName, programName).ToString());
        _line.Clear();
        inner.Flush();
    }

    protected override void Dispose(bool disposing)
    {
        Flush();
        base.Dispose(disposing);
    }
}
