using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace Disclosure.Development.Azurite;

/// <summary>
/// Starts the Azurite storage emulator installed by npm in the repository (not a global one) on free
/// ports, and stops it with its process tree on dispose. Used by the tests and by the local host.
/// </summary>
/// <remarks>
/// The executable is <c>DISCLOSURE_AZURITE</c> when set, else <c>node_modules/.bin/azurite</c> in the folder
/// holding Serverless.sln, found by walking up from the program's base directory (run <c>npm ci</c> there).
/// </remarks>
public sealed class AzuriteLauncher : IAsyncDisposable, IDisposable
{
    public const string ExecutableVariable = "DISCLOSURE_AZURITE";
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private const int SigTerm = 15;

    private readonly AzuriteOptions _options;
    private readonly StringBuilder _output = new();
    private Process? _process;

    private AzuriteLauncher(AzuriteOptions options, int blobPort, int queuePort, int tablePort)
    {
        _options = options;
        BlobPort = blobPort;
        QueuePort = queuePort;
        TablePort = tablePort;
    }

    public int BlobPort { get; }

    public int QueuePort { get; }

    public int TablePort { get; }

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>A connection string for the emulator's well-known account with this instance's endpoints.</summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{BlobPort}/devstoreaccount1;" +
        $"QueueEndpoint=http://127.0.0.1:{QueuePort}/devstoreaccount1;" +
        $"TableEndpoint=http://127.0.0.1:{TablePort}/devstoreaccount1;";

    /// <summary>Starts Azurite and returns once its blob, queue and table ports accept connections.</summary>
    public static async Task<AzuriteLauncher> StartAsync(AzuriteOptions? options = null, CancellationToken ct = default)
    {
        options ??= new AzuriteOptions();
        var pickedPorts = options.BlobPort == 0 || options.QueuePort == 0 || options.TablePort == 0;
        for (var attempt = 1; ; attempt++)
        {
            var free = FreePorts.Take(3);
            var launcher = new AzuriteLauncher(options,
                options.BlobPort != 0 ? options.BlobPort : free[0],
                options.QueuePort != 0 ? options.QueuePort : free[1],
                options.TablePort != 0 ? options.TablePort : free[2]);
            try
            {
                await launcher.RestartAsync(ct).ConfigureAwait(false);
                return launcher;
            }
            catch (InvalidOperationException) when (pickedPorts && attempt < 3 && launcher._process is { HasExited: true })
            {
                // Another process (a parallel test run) took a port between picking and binding: pick again.
                await launcher.DisposeAsync().ConfigureAwait(false);
            }
            catch
            {
                await launcher.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }
    }

    /// <summary>The executable that will be run, or null when none is installed.</summary>
    public static string? FindExecutable()
    {
        if (Environment.GetEnvironmentVariable(ExecutableVariable) is { Length: > 0 } configured)
        {
            return configured;
        }

        var root = RepositoryRoot.Find() ?? RepositoryRoot.Find(Directory.GetCurrentDirectory());
        if (root is null)
        {
            return null;
        }

        var name = OperatingSystem.IsWindows() ? "azurite.cmd" : "azurite";
        var path = Path.Combine(root, "node_modules", ".bin", name);
        return File.Exists(path) ? path : null;
    }

    /// <summary>Starts the process again on the same ports (after <see cref="StopAsync"/>); data survives only with a location.</summary>
    public async Task RestartAsync(CancellationToken ct = default)
    {
        if (IsRunning)
        {
            return;
        }

        var executable = _options.Executable ?? FindExecutable() ?? throw new InvalidOperationException(
            $"Azurite is not installed: run `npm ci` in the repository root (the folder with {RepositoryRoot.MarkerFile}), or set {ExecutableVariable}.");
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in Arguments())
        {
            start.ArgumentList.Add(argument);
        }

        lock (_output)
        {
            _output.Clear();
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {executable}.");
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_options.StartTimeout);
        try
        {
            foreach (var port in new[] { BlobPort, QueuePort, TablePort })
            {
                while (!await FreePorts.AcceptsAsync(port, timeout.Token).ConfigureAwait(false))
                {
                    if (process.HasExited)
                    {
                        throw new InvalidOperationException($"Azurite exited with code {process.ExitCode}: {Output}");
                    }

                    await Task.Delay(50, timeout.Token).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            Kill();
            throw new TimeoutException($"Azurite did not open its ports within {_options.StartTimeout.TotalSeconds:0} s: {Output}");
        }
    }

    /// <summary>Stops Azurite gracefully (SIGTERM, so a <c>--location</c> store is flushed), killing it if it hangs.</summary>
    public async Task StopAsync(TimeSpan? grace = null)
    {
        var process = _process;
        if (process is null || process.HasExited)
        {
            return;
        }

        if (!OperatingSystem.IsWindows())
        {
            _ = SendSignal(process.Id, SigTerm);
            using var wait = new CancellationTokenSource(grace ?? TimeSpan.FromSeconds(10));
            try
            {
                await process.WaitForExitAsync(wait.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }
        }

        Kill();
    }

    /// <summary>What Azurite printed (its errors, when it fails to start).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public void Dispose() => Kill();

    public ValueTask DisposeAsync()
    {
        Kill();
        return ValueTask.CompletedTask;
    }

    private IEnumerable<string> Arguments()
    {
        if (_options.Location is { } location)
        {
            Directory.CreateDirectory(location);
            yield return "--location";
            yield return location;
        }
        else
        {
            yield return "--inMemoryPersistence";
        }

        yield return "--blobHost";
        yield return "127.0.0.1";
        yield return "--blobPort";
        yield return BlobPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        yield return "--queueHost";
        yield return "127.0.0.1";
        yield return "--queuePort";
        yield return QueuePort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        yield return "--tableHost";
        yield return "127.0.0.1";
        yield return "--tablePort";
        yield return TablePort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        yield return "--skipApiVersionCheck";
        yield return "--loose";
        yield return "--silent";
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            // Only the tail matters for an error message.
            if (_output.Length > 16_000)
            {
                _output.Remove(0, 8_000);
            }

            _output.AppendLine(line);
        }
    }

    private void Kill()
    {
        var process = _process;
        if (process is null)
        {
            return;
        }

        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        process.Dispose();
        _process = null;
    }

    // Graceful stop needs SIGTERM; .NET's Process only offers SIGKILL.
    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);
}
