using Disclosure.Calendar;

namespace Disclosure.Pipeline.Publishing;

/// <summary>
/// The legal calendar of the annual report, in Beijing time (UTC+8 all year: China keeps no summer time). Reports for
/// year Y are due in January–March of Y+1 (《政府信息公开条例》第四十九条: departments by 31 January, the government's
/// report by 31 March); a run in Beijing year B publishes the report of B−1 (a correction after March is still of B−1).
/// Pure: the clock is a <see cref="TimeProvider"/>.
/// </summary>
public sealed class ReportCalendar(TimeProvider time, PublishingOptions options)
{
    /// <summary>Now, in Beijing time.</summary>
    public DateTimeOffset BeijingNow => BeijingTime.Now(time);

    /// <summary>The report year a run publishes now.</summary>
    public int CurrentReportYear => BeijingNow.Year - 1;

    /// <summary>The departments' deadline for the report of <paramref name="reportYear"/> (default 31 January of the next year).</summary>
    public DateOnly DepartmentsDeadline(int reportYear) => Deadline(reportYear, options.DepartmentsDeadline);

    /// <summary>The government's deadline for the report of <paramref name="reportYear"/> (default 31 March of the next year).</summary>
    public DateOnly GovernmentDeadline(int reportYear) => Deadline(reportYear, options.GovernmentDeadline);

    /// <summary>Whole days from today (Beijing) to the government's deadline: 0 on the day, negative once past.</summary>
    public int DaysLeft(int reportYear) => GovernmentDeadline(reportYear).DayNumber - DateOnly.FromDateTime(BeijingNow.DateTime).DayNumber;

    /// <summary>Whole days from today (Beijing) to the departments' deadline.</summary>
    public int DepartmentsDaysLeft(int reportYear) => DepartmentsDeadline(reportYear).DayNumber - DateOnly.FromDateTime(BeijingNow.DateTime).DayNumber;

    private static DateOnly Deadline(int reportYear, MonthDay day) =>
        new(reportYear + 1, day.Month, Math.Min(day.Day, DateTime.DaysInMonth(reportYear + 1, day.Month)));
}

/// <summary>A day of the year, "MM-DD" in settings.</summary>
public readonly record struct MonthDay(int Month, int Day)
{
    public static MonthDay Parse(string text)
    {
        var parts = text.Split('-');
        if (parts.Length != 2 || !int.TryParse(parts[0], out var month) || !int.TryParse(parts[1], out var day) ||
            month is < 1 or > 12 || day is < 1 or > 31)
        {
            throw new FormatException($"“{text}” is not a day of the year (MM-DD).");
        }

        return new MonthDay(month, day);
    }
}
