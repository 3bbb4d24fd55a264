using System.Globalization;

namespace Disclosure.Calendar;

/// <summary>
/// Beijing time (UTC+8 all year: China keeps no summer time), in which the report's calendar runs and every time a
/// user reads is shown.
/// </summary>
public static class BeijingTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTimeOffset Now(TimeProvider time) => time.GetUtcNow().ToOffset(Offset);

    /// <summary>"2026-01-31 09:30", as pages, files and the CLI print a time.</summary>
    public static string ToMinute(DateTimeOffset time) => time.ToOffset(Offset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"2026-01-31 09:30:05", where the second matters (an upload's time).</summary>
    public static string ToSecond(DateTimeOffset time) => time.ToOffset(Offset).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
