using System.Text;
using Disclosure.Pipeline.OfficeLinks;
using Disclosure.Pipeline.Web.OfficePages;
using Microsoft.Extensions.Configuration;

namespace Disclosure.Hosts.Tests.OfficePages;

/// <summary>The upload form's body as the office page reads it, and the office links' settings.</summary>
public class MultipartFormTests
{
    private const string Type = "multipart/form-data; boundary=XyZ";

    private static Task<MultipartRead> ReadAsync(string body, long max = 1024, string type = Type, long? length = null) =>
        MultipartForm.ReadFileAsync(type, new MemoryStream(Encoding.UTF8.GetBytes(body)), max, CancellationToken.None, length);

    [Fact]
    public async Task The_file_part_is_found_after_other_fields_with_its_bytes_exactly()
    {
        var read = await ReadAsync("--XyZ\r\nContent-Disposition: form-data; name=\"office\"\r\n\r\nother\r\n" +
            "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"统计表.csv\"\r\nContent-Type: text/csv\r\n\r\nkey,value\r\n--\r\n-XyZ\r\n--XyZ--\r\n");

        Assert.Equal(MultipartReadState.File, read.State);
        Assert.Equal("统计表.csv", read.FileName);
        // Lines that are not the delimiter stay in the file (RFC 2046 keeps the boundary itself out of every part).
        Assert.Equal("key,value\r\n--\r\n-XyZ", Encoding.UTF8.GetString(read.Content!));
    }

    [Theory]
    [InlineData("form-data; name=\"file\"; filename=\"a.xlsx\"; filename*=UTF-8''%E7%BB%9F%E8%AE%A1%E8%A1%A8.xlsx", "统计表.xlsx")]
    [InlineData("form-data; name=\"file\"; filename=\"a\\\"b.xlsx\"", "a\"b.xlsx")]
    [InlineData("form-data; name=\"file\"; filename=\"..\\\\..\\\\x.xlsx\"", "..\\..\\x.xlsx")]
    [InlineData("form-data; name=\"office\"", null)]
    public void File_names_are_read_from_the_disposition_extended_form_first(string disposition, string? name) =>
        Assert.Equal(name, MultipartForm.FileNameOf(disposition));

    [Theory]
    [InlineData("no boundary at all", Type, MultipartReadState.Malformed)]
    [InlineData("--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nnever closed", Type, MultipartReadState.Malformed)]
    [InlineData("--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\"\r\n\r\n\r\n--XyZ--\r\n", Type, MultipartReadState.NoFile)]
    [InlineData("--XyZ--\r\n", Type, MultipartReadState.NoFile)]
    [InlineData("--XyZ--\r\n", "application/x-www-form-urlencoded", MultipartReadState.Malformed)]
    [InlineData("--XyZ--\r\n", "multipart/form-data", MultipartReadState.Malformed)]
    public async Task Bodies_without_a_file_are_told_apart(string body, string type, MultipartReadState state) =>
        Assert.Equal(state, (await ReadAsync(body, type: type)).State);

    [Fact]
    public async Task A_body_past_the_limit_is_refused_and_one_that_says_so_is_not_read()
    {
        var body = "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\n" + new string('x', 2000) + "\r\n--XyZ--\r\n";

        Assert.Equal(MultipartReadState.TooLarge, (await ReadAsync(body, max: 1999)).State);
        Assert.Equal(MultipartReadState.File, (await ReadAsync(body, max: 2000)).State);
        var unread = new UnreadableStream();
        Assert.Equal(MultipartReadState.TooLarge,
            (await MultipartForm.ReadFileAsync(Type, unread, 10, CancellationToken.None, 10 + MultipartForm.Overhead + 1)).State);
    }

    [Fact]
    public void Office_link_settings_come_from_their_section_with_defaults()
    {
        var configured = OfficeLinkOptions.FromConfiguration(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OfficeLinks:BaseUrl"] = "https://disclosure.example.gov.cn/",
            ["OfficeLinks:Days"] = "30",
            ["OfficeLinks:UploadsPerWindow"] = "5",
            ["OfficeLinks:WindowMinutes"] = "2",
        }).Build());
        var defaults = OfficeLinkOptions.FromConfiguration(new ConfigurationBuilder().Build());

        Assert.Equal(new OfficeLinkOptions { BaseUrl = "https://disclosure.example.gov.cn", Days = 30, UploadsPerWindow = 5, Window = TimeSpan.FromMinutes(2) }, configured);
        Assert.Equal(OfficeLinkOptions.Default, defaults);
        Assert.Equal(90, defaults.Days);
    }

    private sealed class UnreadableStream : MemoryStream
    {
        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => throw new InvalidOperationException("read");

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => throw new InvalidOperationException("read");
    }
}
