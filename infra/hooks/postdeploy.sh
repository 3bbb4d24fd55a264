#!/usr/bin/env bash
# azd postdeploy hook (azure.yaml): what Bicep cannot do, run as the person deploying, with Entra ID (no keys).
#  1. Switch on the storage account's static website (the public site in `$web`): a data-plane setting that Bicep
#     cannot reach once shared keys are off.
#  2. Subscribe IngestUpload's webhook to BlobCreated events under uploads/ on the account's system topic. The
#     webhook's key (blobs_extension) exists only after the deployed code has started, hence after deploy.
# azd passes main.bicep's outputs as environment variables. Safe to run again: both steps create or update.
set -euo pipefail

for name in AZURE_RESOURCE_GROUP AZURE_STORAGE_ACCOUNT_NAME AZURE_FUNCTION_APP_NAME AZURE_FUNCTION_APP_HOST_NAME \
  UPLOADS_SYSTEM_TOPIC_NAME UPLOADS_SUBJECT_FILTER INGEST_FUNCTION_NAME; do
  if [ -z "${!name:-}" ]; then
    echo "postdeploy: $name is not set (run through azd, which passes main.bicep's outputs)" >&2
    exit 1
  fi
done
command -v az >/dev/null || { echo "postdeploy: the Azure CLI (az) is required; see README, Deploy to Azure" >&2; exit 1; }

echo "Static website on $AZURE_STORAGE_ACCOUNT_NAME (index.html)"
az storage blob service-properties update \
  --account-name "$AZURE_STORAGE_ACCOUNT_NAME" --auth-mode login \
  --static-website true --index-document index.html --output none

# The host writes its system keys when it first starts after a deployment: wait for the blobs extension's key.
attempts=${POSTDEPLOY_KEY_ATTEMPTS:-20}
key=""
for ((i = 1; i <= attempts; i++)); do
  key=$(az functionapp keys list --resource-group "$AZURE_RESOURCE_GROUP" --name "$AZURE_FUNCTION_APP_NAME" \
    --query "systemKeys.blobs_extension" --output tsv 2>/dev/null || true)
  [ -n "$key" ] && break
  echo "Waiting for the function app's blobs_extension key ($i/$attempts)"
  sleep "${POSTDEPLOY_KEY_WAIT_SECONDS:-15}"
done
if [ -z "$key" ]; then
  echo "postdeploy: no blobs_extension key on $AZURE_FUNCTION_APP_NAME; is the app running? Run 'azd hooks run postdeploy' again later." >&2
  exit 1
fi

endpoint="https://${AZURE_FUNCTION_APP_HOST_NAME}/runtime/webhooks/blobs?functionName=Host.Functions.${INGEST_FUNCTION_NAME}&code=${key}"
echo "Event Grid: BlobCreated under ${UPLOADS_SUBJECT_FILTER} to ${INGEST_FUNCTION_NAME}"
az eventgrid system-topic event-subscription create \
  --name "uploads-to-${INGEST_FUNCTION_NAME,,}" \
  --resource-group "$AZURE_RESOURCE_GROUP" \
  --system-topic-name "$UPLOADS_SYSTEM_TOPIC_NAME" \
  --endpoint-type webhook \
  --endpoint "$endpoint" \
  --included-event-types Microsoft.Storage.BlobCreated \
  --subject-begins-with "$UPLOADS_SUBJECT_FILTER" \
  --output none

echo "Public site: ${PUBLIC_SITE_URL:-the static website endpoint of $AZURE_STORAGE_ACCOUNT_NAME}"
