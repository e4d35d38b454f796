using Migrations.Cli;
using Migrations.Runtime.Engine;

namespace Migrations.Runtime.Tests.Tool;

/// <summary>The tool's progress display: what a line says, how often it is shown, live or plain.</summary>
public class ProgressDisplayTests
{
    private static MigrationProgress At(long done, double seconds) =>
        new(done, 1000, done * 3, (int)done, 1, 4, TimeSpan.FromSeconds(seconds));

    [Fact]
    public void A_line_says_done_of_total_rates_time_left_and_the_step()
    {
        Assert.Equal(
            "[migrate] 250 / 1,000 positions (25%) · 125 positions/s · 375 events/s · 6s left · position 250, MI 1 to 4",
            ProgressDisplay.Format(At(250, 2)));
        Assert.Contains("2m 10s left", ProgressDisplay.Format(new MigrationProgress(100, 13_100, 0, 100, 1, 2, TimeSpan.FromSeconds(1))), StringComparison.Ordinal);
    }

    [Fact]
    public void Off_a_terminal_a_plain_line_is_written_at_the_interval_and_at_the_end()
    {
        var writer = new StringWriter();
        var display = new ProgressDisplay(writer, live: false, interval: TimeSpan.FromHours(1));
        display.Report(At(1, 0.01));
        display.Report(At(2, 0.02));
        display.Report(At(999, 0.5));
        display.Report(At(1000, 0.6));
        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("[migrate] 1 / 1,000", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("[migrate] 1,000 / 1,000 positions (100%)", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void On_a_terminal_one_line_is_redrawn_and_closed_before_other_output()
    {
        var writer = new StringWriter();
        var display = new ProgressDisplay(writer, live: true, interval: TimeSpan.FromHours(1));
        display.Report(At(1, 0.01));
        display.Finish();
        var text = writer.ToString();
        Assert.StartsWith("\r[migrate] 1 / 1,000", text, StringComparison.Ordinal);
        Assert.EndsWith(Environment.NewLine, text, StringComparison.Ordinal);
        Assert.Single(text.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
