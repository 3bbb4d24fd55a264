namespace Disclosure.Form;

/// <summary>
/// The national form (《中华人民共和国政府信息公开工作年度报告格式》), defined once as data.
/// FORM.md in the design folder is the contract this mirrors.
/// </summary>
public static class NationalForm
{
    public const string MetaOfficeId = "meta.office_id";
    public const string MetaOfficeName = "meta.office_name";
    public const string MetaYear = "meta.year";
    public const string MetaTemplateVersion = "meta.template_version";
    public const string MetaContact = "meta.contact";

    /// <summary>The form's note on 三's columns, as the rule requests.balance quotes it.</summary>
    public const string RequestsBalanceNote = "第一项加第二项之和,等于第三项加第四项之和";

    /// <summary>The 2021 edition (国办公开办函〔2021〕30号), for report years 2021 onward.</summary>
    public static FormEdition Edition2021 { get; } = Build2021();

    /// <summary>The edition in force.</summary>
    public static FormEdition Current => Edition2021;

    /// <summary>
    /// The edition a report year is filed on. The 2021 edition applies from report year 2021; it is the only one modelled,
    /// so earlier years get it too (their figures are compared with it, and their own edition's rows are not known here).
    /// </summary>
    public static FormEdition ForReportYear(int year) => Edition2021;

    private static FormEdition Build2021()
    {
        const string content = "信息内容";
        FormColumn[] decisions = [new("decisions", "本年处理决定数量")];
        var proactive = new FormSection("二", "proactive", "主动公开政府信息情况",
        [
            new FormTable("art20_1", "第二十条 第(一)项",
                [
                    Row("regulations", "规章", "规章"),
                    Row("normative_documents", "行政规范性文件", "行政规范性文件") with { Variants = ["规范性文件"] },
                ],
                [new("issued", "本年制发件数"), new("repealed", "本年废止件数"), new("in_force", "现行有效件数")]) { Corner = content },
            new FormTable("art20_5", "第二十条 第(五)项", [Row("licensing", "行政许可", "行政许可")], decisions) { Corner = content },
            new FormTable("art20_6", "第二十条 第(六)项",
                [Row("penalty", "行政处罚", "行政处罚"), Row("coercion", "行政强制", "行政强制")], decisions) { Corner = content },
            new FormTable("art20_8", "第二十条 第(八)项", [Row("fees", "行政事业性收费", "行政事业性收费")],
                [new("amount_10k_yuan", "本年收费金额(单位:万元)")], FigureKind.Amount10kYuan) { Corner = content },
        ]);

        const string legal = "法人或其他组织";
        const string results = "三、本年度办理结果";
        const string withheld = "(三)不予公开";
        const string unavailable = "(四)无法提供";
        const string notProcessed = "(五)不予处理";
        const string other = "(六)其他处理";
        FormRow[] outcomes =
        [
            Row("disclosed", "(一)予以公开", "三(一)", results),
            Row("partly_disclosed", "(二)部分公开(区分处理的,只计这一情形,不计其他情形)", "三(二)", results)
                with { Aliases = ["(二)部分公开(区分处理的,只计这一情况,不计其他情形)", "(二)部分公开"] },
            Row("withheld.state_secret", "1.属于国家秘密", "三(三)1", results, withheld),
            Row("withheld.prohibited_by_law", "2.其他法律行政法规禁止公开", "三(三)2", results, withheld),
            Row("withheld.security_stability", "3.危及“三安全一稳定”", "三(三)3", results, withheld),
            Row("withheld.third_party", "4.保护第三方合法权益", "三(三)4", results, withheld),
            Row("withheld.internal_affairs", "5.属于三类内部事务信息", "三(三)5", results, withheld)
                with { Aliases = ["5.属于三类内容事务信息"] },
            Row("withheld.process_info", "6.属于四类过程性信息", "三(三)6", results, withheld),
            Row("withheld.enforcement_file", "7.属于行政执法案卷", "三(三)7", results, withheld),
            Row("withheld.administrative_query", "8.属于行政查询事项", "三(三)8", results, withheld),
            Row("unavailable.not_held", "1.本机关不掌握相关政府信息", "三(四)1", results, unavailable),
            Row("unavailable.needs_creation", "2.没有现成信息需要另行制作", "三(四)2", results, unavailable),
            Row("unavailable.still_unclear", "3.补正后申请内容仍不明确", "三(四)3", results, unavailable),
            Row("not_processed.petition", "1.信访举报投诉类申请", "三(五)1", results, notProcessed),
            Row("not_processed.duplicate", "2.重复申请", "三(五)2", results, notProcessed),
            Row("not_processed.publication", "3.要求提供公开出版物", "三(五)3", results, notProcessed),
            Row("not_processed.excessive", "4.无正当理由大量反复申请", "三(五)4", results, notProcessed),
            Row("not_processed.confirmation", "5.要求行政机关确认或重新出具已获取信息", "三(五)5", results, notProcessed),
            Row("other.no_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "三(六)1", results, other),
            Row("other.fee_unpaid", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "三(六)2", results, other),
            Row("other.other", "3.其他", "三(六)3", results, other),
        ];
        FormRow[] requestRows =
        [
            Row("received", "一、本年新收政府信息公开申请数量", "一"),
            Row("carried_over", "二、上年结转政府信息公开申请数量", "二"),
            .. outcomes,
            Row("handled_total", "(七)总计", "三(七)", results),
            Row("carried_forward", "四、结转下年度继续办理", "四"),
        ];
        var requests = new FormSection("三", "requests", "收到和处理政府信息公开申请情况",
        [
            new FormTable(null, "申请人情况", requestRows,
            [
                new("natural_person", "自然人"),
                new("enterprise", "商业企业", legal),
                new("research", "科研机构", legal),
                new("public_interest", "社会公益组织", legal),
                new("legal_service", "法律服务机构", legal),
                new("other_org", "其他", legal),
                new("total", "总计"),
            ]) { Corner = $"(本列数据的勾稽关系为:{RequestsBalanceNote})" },
        ]);

        var appeals = new FormSection("四", "appeals", "政府信息公开行政复议、行政诉讼情况",
        [
            new FormTable(null, "行政复议、行政诉讼",
            [
                Row("review", "行政复议", "行政复议"),
                Row("litigation_direct", "未经复议直接起诉", "行政诉讼", "行政诉讼"),
                Row("litigation_after_review", "复议后起诉", "行政诉讼", "行政诉讼"),
            ],
            [new("upheld", "结果维持"), new("corrected", "结果纠正"), new("other", "其他结果"), new("pending", "尚未审结"), new("total", "总计")])
            {
                DrawnAcross = true,
            },
        ]);

        FormSection[] sections =
        [
            new("一", "overview", "总体情况", []),
            proactive,
            requests,
            appeals,
            new("五", "problems", "存在的主要问题及改进情况", []),
            new("六", "other_matters", "其他需要报告的事项", []),
        ];

        MetadataField[] metadata =
        [
            new(MetaOfficeId, "机关代码", true),
            new(MetaOfficeName, "机关名称", true),
            new(MetaYear, "报告年度", true),
            new(MetaTemplateVersion, "模板版本", true),
            new(MetaContact, "联系人及电话", false),
        ];

        return new FormEdition("2021", "中华人民共和国政府信息公开工作年度报告格式(2021年版)", 2021, sections, metadata, outcomes,
            FormRules2021.ArithmeticChecks, FormRules2021.ContinuityChecks);
    }

    private static FormRow Row(string code, string label, string number, params string[] groups) => new(code, label, number, groups);
}
