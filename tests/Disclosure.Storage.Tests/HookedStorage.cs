using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Disclosure.Storage.Configuration;

namespace Disclosure.Storage.Tests;

/// <summary>Clients of the test Azurite whose requests pass through a <see cref="RequestHook"/> first.</summary>
internal static class HookedStorage
{
    public static StorageClients Create(AzuriteFixture azurite, HttpPipelinePolicy? blobHook = null, HttpPipelinePolicy? tableHook = null)
    {
        var blobOptions = new BlobClientOptions();
        if (blobHook is not null)
        {
            blobOptions.AddPolicy(blobHook, HttpPipelinePosition.PerCall);
        }

        var tableOptions = new TableClientOptions();
        if (tableHook is not null)
        {
            tableOptions.AddPolicy(tableHook, HttpPipelinePosition.PerCall);
        }

        return new StorageClients(azurite.Storage.Settings,
            new BlobServiceClient(azurite.ConnectionString, blobOptions), new TableServiceClient(azurite.ConnectionString, tableOptions));
    }
}
