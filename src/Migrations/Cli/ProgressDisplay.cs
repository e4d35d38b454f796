using System.Diagnostics;
using System.Globalization;
using Migrations.Runtime.Engine;

namespace Migrations.Cli;

/// <summary>
/// Shows the progress of long event migrations on stderr, beside upstream's log lines on stdout: on a terminal a
/// live line (positions done of total, positions and events per second, time left, the current step), redrawn at
/// most ten times a second; elsewhere (a pipe, a file, CI) a plain line at a fixed interval.
/// </summary>
internal sealed class ProgressDisplay(TextWriter writer, bool live, TimeSpan interval)
{
    private readonly Stopwatch _sinceShown = Stopwatch.StartNew();
    private bool _shownOnce;
    private bool _lineOpen;

    /// <summary>A display for this process: live when stderr is a terminal and not a dumb one or CI.</summary>
    public static ProgressDisplay ForConsole(TimeSpan interval)
    {
        var term = Environment.GetEnvironmentVariable("TERM");
        var live = !Console.IsErrorRedirected && term is not "dumb" && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));
        return new ProgressDisplay(Console.Error, live, interval);
    }

    public void Report(MigrationProgress progress)
    {
        var due = live ? TimeSpan.FromMilliseconds(100) : interval;
        var last = progress.PositionsDone >= progress.PositionsTotal;
        if (_shownOnce && _sinceShown.Elapsed < due && !last)
        {
            return;
        }

        _shownOnce = true;
        _sinceShown.Restart();
        var text = Format(progress);
        if (live)
        {
            writer.Write("\r" + text.PadRight(110));
            _lineOpen = true;
            if (last)
            {
                Finish();
            }
        }
        else
        {
            writer.WriteLine(text);
        }
    }

    /// <summary>Ends the live line, so the next output starts on a fresh one.</summary>
    public void Finish()
    {
        if (_lineOpen)
        {
            writer.WriteLine();
            _lineOpen = false;
        }
    }

    public static string Format(MigrationProgress p)
    {
        var seconds = Math.Max(p.Elapsed.TotalSeconds, 0.001);
        var perSecond = p.PositionsDone / seconds;
        var left = perSecond > 0 ? TimeSpan.FromSeconds((p.PositionsTotal - p.PositionsDone) / perSecond) : TimeSpan.Zero;
        var percent = p.PositionsTotal > 0 ? 100.0 * p.PositionsDone / p.PositionsTotal : 100;
        return string.Create(CultureInfo.InvariantCulture,
            $"[migrate] {p.PositionsDone:N0} / {p.PositionsTotal:N0} positions ({percent:0}%) · {perSecond:N0} positions/s · {p.EventsDone / seconds:N0} events/s · {FormatTime(left)} left · position {p.Position}, MI {p.FromIndex} to {p.ToIndex}");
    }

    private static string FormatTime(TimeSpan time) =>
        time.TotalHours >= 1 ? $"{(int)time.TotalHours}h {time.Minutes:00}m" : time.TotalMinutes >= 1 ? $"{time.Minutes}m {time.Seconds:00}s" : $"{time.Seconds}s";
}
