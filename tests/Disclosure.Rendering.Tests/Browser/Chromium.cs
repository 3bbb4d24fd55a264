using Microsoft.Playwright;

namespace Disclosure.Rendering.Tests.Browser;

/// <summary>
/// The machine's Chromium (Debian's <c>chromium</c> package, which .ci/run installs with fonts-noto-cjk), driven by
/// Playwright, headless. Playwright's own browser download is never used: it fails on these machines.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string DefaultPath = "/usr/bin/chromium";

    private static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where screenshots are kept for a person to look at: printed by the tests that take them.</summary>
    public static string ArtefactFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        var path = Environment.GetEnvironmentVariable("DISCLOSURE_CHROMIUM") ?? DefaultPath;
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"Chromium not found at {path}: the page tests need it. Install Debian's packages: apt-get install -y chromium fonts-noto-cjk (.ci/run does), or set DISCLOSURE_CHROMIUM.");
        }

        Directory.CreateDirectory(ArtefactFolder);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = path, Headless = true, Args = Arguments });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    /// <summary>Opens <paramref name="html"/> at a viewport width, every request refused and recorded, console errors and dialogs recorded.</summary>
    public async Task<LoadedPage> OpenAsync(string html, int width, int height = 900)
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height }, JavaScriptEnabled = true });
        var page = await context.NewPageAsync();
        var loaded = new LoadedPage(context, page);
        await page.RouteAsync("**/*", async route =>
        {
            loaded.Requests.Add(route.Request.Url);
            await route.AbortAsync();
        });
        page.Request += (_, request) => loaded.Requests.Add(request.Url);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                loaded.ConsoleErrors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => loaded.ConsoleErrors.Add(error);
        page.Dialog += async (_, dialog) =>
        {
            loaded.Dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        await page.SetContentAsync(html, new() { WaitUntil = WaitUntilState.Load });
        return loaded;
    }
}

/// <summary>A page open in its own browser context, with what it asked for and what it complained about.</summary>
public sealed class LoadedPage(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    public List<string> Requests { get; } = [];

    public List<string> ConsoleErrors { get; } = [];

    public List<string> Dialogs { get; } = [];

    /// <summary>How much wider than the viewport the document is (0 when nothing scrolls sideways).</summary>
    public Task<int> OverflowAsync() => Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");

    /// <summary>A full-page screenshot <c>{name}.png</c>, and the same page in screen-high parts <c>{name}-1.png</c> … to look at closely.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        var path = Path.Combine(Chromium.ArtefactFolder, $"{name}.png");
        await Page.ScreenshotAsync(new() { Path = path, FullPage = true });
        var viewport = Page.ViewportSize!;
        var height = await Page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        for (int top = 0, part = 1; top < height; top += viewport.Height, part++)
        {
            await Page.ScreenshotAsync(new()
            {
                Path = Path.Combine(Chromium.ArtefactFolder, $"{name}-{part}.png"),
                FullPage = true,
                Clip = new() { X = 0, Y = top, Width = viewport.Width, Height = Math.Min(viewport.Height, height - top) },
            });
        }

        return path;
    }

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class ChromiumCollection : ICollectionFixture<Chromium>
{
    public const string Name = "Chromium";
}
