using System.Net;
using System.Net.Sockets;

namespace Disclosure.Development.Azurite;

/// <summary>Free TCP ports on the loopback interface, and waiting for one to accept connections.</summary>
internal static class FreePorts
{
    public static int[] Take(int count)
    {
        // Hold every listener until all are taken so the same port is not handed out twice.
        var listeners = new List<TcpListener>();
        try
        {
            for (var i = 0; i < count; i++)
            {
                var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                listeners.Add(listener);
            }

            return [.. listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port)];
        }
        finally
        {
            listeners.ForEach(l => l.Stop());
        }
    }

    public static async Task<bool> AcceptsAsync(int port, CancellationToken ct)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port, ct).ConfigureAwait(false);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
