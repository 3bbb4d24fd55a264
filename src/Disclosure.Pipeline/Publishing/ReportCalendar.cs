using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Disclosure.Pipeline.Publishing;

/// <summary>
/// The legal deadlines of a report year Y (条例 第四十九条), Beijing time: departments by 31 January of Y+1, the
/// government's own report by 31 March of Y+1. Settings <c>ReportCalendar:DepartmentsDue</c> and
/// <c>ReportCalendar:GovernmentDue</c> (<c>MM-dd</c>) change them.
/// </summary>
public sealed class ReportCalendar(int departmentsMonth = 1, int departmentsDay = 31, int governmentMonth = 3, int governmentDay = 31)
{
    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    public static ReportCalendar Default { get; } = new();

    public static ReportCalendar FromConfiguration(IConfiguration configuration)
    {
        var departments = Parse(configuration["ReportCalendar:DepartmentsDue"], 1, 31);
        var government = Parse(configuration["ReportCalendar:GovernmentDue"], 3, 31);
        return new ReportCalendar(departments.Month, departments.Day, government.Month, government.Day);
    }

    /// <summary>The last day for departments' reports of <paramref name="year"/>.</summary>
    public DateOnly DepartmentsDue(int year) => new(year + 1, departmentsMonth, departmentsDay);

    /// <summary>The last day for the government's own report of <paramref name="year"/>.</summary>
    public DateOnly GovernmentDue(int year) => new(year + 1, governmentMonth, governmentDay);

    /// <summary>Whole days from today (Beijing) to <paramref name="due"/>: 0 on the day itself, negative once passed.</summary>
    public static int DaysLeft(DateOnly due, DateTimeOffset now) =>
        due.DayNumber - DateOnly.FromDateTime(now.ToOffset(ChinaStandardTime).DateTime).DayNumber;

    private static (int Month, int Day) Parse(string? value, int month, int day) =>
        DateOnly.TryParseExact("2000-" + value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? (date.Month, date.Day)
            : (month, day);
}
