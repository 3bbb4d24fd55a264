using Disclosure.Pipeline.Publishing;

namespace Disclosure.Storage.Tests;

/// <summary>The legal calendar in Beijing time: which report year is due and the days left to its deadlines.</summary>
public sealed class ReportCalendarTests
{
    private static ReportCalendar At(int year, int month, int day, int hour, PublishingOptions? options = null) =>
        new(new SetTime(new DateTimeOffset(year, month, day, hour, 0, 0, TimeSpan.Zero)), options ?? PublishingOptions.Default);

    [Fact]
    public void The_due_year_changes_at_midnight_Beijing_time_not_UTC()
    {
        Assert.Equal(2021, At(2022, 12, 31, 15).CurrentReportYear); // 23:00 Beijing, 31 December 2022
        Assert.Equal(2022, At(2022, 12, 31, 16).CurrentReportYear); // 00:00 Beijing, 1 January 2023
        Assert.Equal(2022, At(2023, 6, 1, 0).CurrentReportYear);
    }

    [Fact]
    public void Deadlines_follow_article_49_with_days_left_in_Beijing()
    {
        var calendar = At(2023, 1, 30, 16); // 31 January 2023, 00:00 Beijing
        Assert.Equal(new DateOnly(2023, 1, 31), calendar.DepartmentsDeadline(2022));
        Assert.Equal(new DateOnly(2023, 3, 31), calendar.GovernmentDeadline(2022));
        Assert.Equal(0, calendar.DepartmentsDaysLeft(2022));
        Assert.Equal(59, calendar.DaysLeft(2022));
        Assert.Equal(-1, At(2023, 3, 31, 16).DaysLeft(2022)); // 1 April Beijing
    }

    [Fact]
    public void Deadlines_are_settings()
    {
        var options = PublishingOptions.Default with { GovernmentDeadline = MonthDay.Parse("02-29"), DepartmentsDeadline = MonthDay.Parse("01-15") };
        var calendar = At(2023, 1, 1, 0, options);
        Assert.Equal(new DateOnly(2023, 2, 28), calendar.GovernmentDeadline(2022));
        Assert.Equal(new DateOnly(2024, 2, 29), calendar.GovernmentDeadline(2023));
        Assert.Equal(new DateOnly(2023, 1, 15), calendar.DepartmentsDeadline(2022));
        Assert.Throws<FormatException>(() => MonthDay.Parse("3/31"));
    }
}
