using Disclosure.Pipeline.Ingest;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Disclosure.Host;

/// <summary>Runs the <see cref="UploadSweeper"/> every few seconds beside the blob trigger, so no upload waits for a restart.</summary>
public sealed class UploadSweepService(UploadSweeper sweeper, TimeProvider time, ILogger<UploadSweepService> logger) : BackgroundService
{
    public static TimeSpan Interval { get; } = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var swept = await sweeper.SweepAsync(stoppingToken);
                if (swept > 0)
                {
                    logger.LogInformation("Sweep ingested {Count} uploads the blob trigger had not delivered", swept);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failing upload is retried by the next sweep; the service records it as failed after its maximum.
                logger.LogWarning(e, "Upload sweep failed; retrying at the next tick");
            }
        }
    }
}
