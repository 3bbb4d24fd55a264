namespace Disclosure.Samples;

/// <summary>
/// The seed report's district, 长春市二道区, as a roster of the 32 offices that report to it: 24 departments
/// and its 7 streets and 1 town (the seed's overview: 全区24个部门、8个街镇; 共辖7街1镇).
/// </summary>
public static class SampleDistrict
{
    public const string Name = "长春市二道区";

    public const int Year = SeedFigures2022.Year;

    /// <summary>
    /// The department whose workbook carries the seed's slip: its (七)总计 counts one more application from
    /// a natural person than its outcome rows, so it is rejected until its corrected workbook arrives.
    /// </summary>
    public const string SlippedOfficeId = "housing";

    /// <summary>
    /// The 32 offices in roster order: departments, then streets and the town. Shares, in the order of
    /// <see cref="SampleShares"/>: requests, 行政许可, 行政处罚, 行政强制, fees, normative documents.
    /// </summary>
    public static IReadOnlyList<SampleOffice> Offices { get; } =
    [
        Department("gov_office", "长春市二道区人民政府办公室", new(6, 0, 0, 0, 0, 3)),
        Department("drc", "长春市二道区发展和改革局", new(4, 40, 2, 0, 0, 2)),
        Department("edu", "长春市二道区教育局", new(8, 60, 0, 0, 6, 1)),
        Department("sti", "长春市二道区科学技术和工业信息化局", new(2, 20, 0, 0, 0, 1)),
        Department("police", "长春市公安局二道分局", new(10, 120, 30, 10, 4, 0)),
        Department("civil", "长春市二道区民政局", new(4, 30, 0, 0, 0, 1)),
        Department("justice", "长春市二道区司法局", new(3, 10, 0, 0, 0, 1)),
        Department("finance", "长春市二道区财政局", new(5, 0, 2, 0, 2, 1)),
        Department("hrss", "长春市二道区人力资源和社会保障局", new(8, 120, 10, 0, 3, 1)),
        Department("natural_resources", "长春市规划和自然资源局二道分局", new(20, 60, 20, 10, 30, 0)),
        Department("ecology", "长春市生态环境局二道区分局", new(6, 30, 40, 15, 0, 0)),
        Department("housing", "长春市二道区住房和城乡建设局", new(22, 90, 30, 10, 25, 2)),
        Department("urban", "长春市二道区城市管理局", new(10, 60, 120, 40, 15, 1)),
        Department("transport", "长春市二道区交通运输局", new(3, 60, 15, 5, 2, 0)),
        Department("water", "长春市二道区水利局", new(2, 10, 5, 0, 1, 0)),
        Department("agriculture", "长春市二道区农业农村局", new(3, 40, 8, 2, 0, 1)),
        Department("commerce", "长春市二道区商务局", new(2, 30, 3, 0, 0, 1)),
        Department("culture", "长春市二道区文化广播电视和旅游局", new(2, 60, 10, 0, 0, 1)),
        Department("health", "长春市二道区卫生健康局", new(6, 400, 60, 5, 8, 1)),
        Department("veterans", "长春市二道区退役军人事务局", new(4, 0, 0, 0, 0, 1)),
        Department("emergency", "长春市二道区应急管理局", new(3, 40, 30, 10, 0, 1)),
        Department("market", "长春市二道区市场监督管理局", new(8, 1500, 90, 20, 5, 1)),
        Department("medical_security", "长春市二道区医疗保障局", new(4, 30, 10, 0, 0, 1)),
        Department("gov_services", "长春市二道区政务服务和数字化建设局", new(4, 4000, 0, 0, 4, 1)),
        Street("dongzhan", "长春市二道区东站街道办事处", new(2, 0, 4, 1, 0, 0)),
        Street("jilin", "长春市二道区吉林街道办事处", new(2, 0, 4, 1, 0, 0)),
        Street("rongguang", "长春市二道区荣光街道办事处", new(1, 0, 3, 1, 0, 0)),
        Street("balipu", "长春市二道区八里堡街道办事处", new(2, 0, 4, 1, 0, 0)),
        Street("yuanda", "长春市二道区远达街道办事处", new(2, 0, 4, 1, 0, 0)),
        Street("changqing", "长春市二道区长青街道办事处", new(1, 0, 3, 1, 0, 0)),
        Street("dongsheng", "长春市二道区东盛街道办事处", new(2, 0, 4, 1, 0, 0)),
        new("yingjun", "长春市二道区英俊镇人民政府", SampleOffice.KindTown, true, new(3, 20, 6, 2, 0, 0)),
    ];

    private static SampleOffice Department(string id, string name, SampleShares shares) => new(id, name, SampleOffice.KindDepartment, true, shares);

    private static SampleOffice Street(string id, string name, SampleShares shares) => new(id, name, SampleOffice.KindStreet, true, shares);
}
