// The function app's user-assigned identity: one identity for the host (AzureWebJobsStorage, the deployment
// container), the app's own storage access and Application Insights, created before the app so roles can be granted first.
param name string
param location string
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: name
  location: location
  tags: tags
}

output id string = identity.id
output clientId string = identity.properties.clientId
output principalId string = identity.properties.principalId
