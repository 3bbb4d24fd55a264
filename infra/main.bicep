// The product in one resource group: storage (uploads, archive, reports, tables, the public site), a Flex Consumption
// function app with a user-assigned identity and no keys anywhere, Application Insights on Log Analytics, and the
// Event Grid system topic the uploads trigger listens on. `azd up` provisions this, deploys src/Disclosure.Functions,
// then runs infra/hooks/postdeploy.sh (static website, Event Grid subscription). infra/README.md describes the modules.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('Name of the azd environment: names the resource group and seeds the unique suffix of every resource name.')
param environmentName string

@minLength(1)
@description('Region of every resource. Flex Consumption is not offered in every region.')
@metadata({
  azd: {
    type: 'location'
  }
})
param location string

@description('Object id of the person (or pipeline) deploying. When set, it gets the data roles the `disclosure` CLI needs against the account; empty for none.')
param principalId string = ''

@allowed([
  'User'
  'ServicePrincipal'
  'Group'
])
@description('Kind of principalId.')
param principalType string = 'User'

@description('Give principalId the storage data roles for running the CLI against the cloud (roster import, status, publish).')
param deployerDataAccess bool = true

@allowed([
  512
  2048
  4096
])
@description('Memory of each function app instance. Rendering the report PDFs is the heaviest work; 2048 MB is comfortable.')
param instanceMemoryMB int = 2048

@minValue(1)
@maxValue(1000)
@description('Most instances the function app scales out to (a ceiling on cost under a burst of uploads).')
param maximumInstanceCount int = 40

@description('Publishing:BodyName, the consolidated report\'s body. Empty: the government office\'s roster name without 办公室.')
param publishingBodyName string = ''

@description('Publishing:GovernmentOfficeId, whose narrative the consolidated report carries. Empty: the roster office of kind government.')
param governmentOfficeId string = ''

@description('Publishing:DepartmentsDeadline, MM-DD of the year after the report year.')
param departmentsDeadline string = '01-31'

@description('Publishing:GovernmentDeadline, MM-DD of the year after the report year.')
param governmentDeadline string = '03-31'

@description('Publishing:DraftsQuietMinutes: how long uploads must be quiet before drafts are assembled again.')
param draftsQuietMinutes int = 30

@description('Publishing:Concurrency: reports rendered at once. 0 leaves the code\'s default (twice the instance\'s cores).')
param publishingConcurrency int = 0

@description('NCRONTAB (UTC, seconds first) of the nightly drafts. 18:00 UTC is 02:00 in Beijing.')
param assembleDraftsSchedule string = '0 0 18 * * *'

@description('NCRONTAB (UTC) of the check that assembles drafts once uploads have been quiet.')
param draftsWhenQuietSchedule string = '0 */10 * * * *'

@description('NCRONTAB (UTC) of the annual publication: 01:00 UTC (09:00 Beijing) daily, January to March.')
param publishAnnualReportSchedule string = '0 0 1 * 1-3 *'

@minValue(1)
@description('OfficeLinks:Days: how long an office\'s upload link stays valid.')
param officeLinkDays int = 90

@minValue(1)
@description('OfficeLinks:UploadsPerWindow: uploads one office link may make in one window (more get HTTP 429).')
param officeLinkUploadsPerWindow int = 20

@minValue(1)
@description('OfficeLinks:WindowMinutes: the window of that upload limit.')
param officeLinkWindowMinutes int = 10

@minValue(30)
@maxValue(730)
@description('Days Log Analytics keeps the telemetry (30 is included in the ingestion price).')
param logRetentionDays int = 30

var abbrs = loadJsonContent('abbreviations.json')
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = { 'azd-env-name': environmentName }
var functionAppName = '${abbrs.webSitesFunctions}disclosure-${resourceToken}'
// Names are known before deployment (not taken from module outputs), so What-If can predict every resource.
var identityName = '${abbrs.managedIdentityUserAssignedIdentities}disclosure-${resourceToken}'
var storageAccountName = '${abbrs.storageStorageAccounts}${resourceToken}'
var applicationInsightsName = '${abbrs.insightsComponents}${resourceToken}'
// Flex Consumption runs the package azd uploads to this container (never served, never public).
var deploymentContainerName = 'app-package-${take(resourceToken, 7)}'

// The storage layout (src/Disclosure.Storage/Configuration/StorageNames.cs); `$web` is made by the static website.
var uploadsContainerName = 'uploads'
var dataContainerNames = [
  uploadsContainerName
  'archive'
  'validation'
  'reports'
]
var tableNames = [
  'offices'
  'submissions'
  'publications'
  'officelinks'
]
// The function the uploads' Event Grid subscription delivers to (src/Disclosure.Functions/IngestUpload.cs).
var ingestFunctionName = 'IngestUpload'

resource rg 'Microsoft.Resources/resourceGroups@2025-04-01' = {
  name: '${abbrs.resourcesResourceGroups}${environmentName}'
  location: location
  tags: tags
}

module identity 'app/identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    name: identityName
    location: location
    tags: tags
  }
}

module storage 'app/storage.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    name: storageAccountName
    location: location
    tags: tags
    containerNames: concat(dataContainerNames, [deploymentContainerName])
    tableNames: tableNames
  }
}

module monitoring 'app/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    logAnalyticsName: '${abbrs.operationalInsightsWorkspaces}${resourceToken}'
    applicationInsightsName: applicationInsightsName
    location: location
    tags: tags
    retentionInDays: logRetentionDays
  }
}

module eventGrid 'app/event-grid.bicep' = {
  name: 'event-grid'
  scope: rg
  params: {
    name: '${abbrs.eventGridDomainsTopics}uploads-${resourceToken}'
    location: location
    tags: tags
    storageAccountName: storageAccountName
  }
  dependsOn: [
    storage
  ]
}

module rbac 'app/rbac.bicep' = {
  name: 'rbac'
  scope: rg
  params: {
    storageAccountName: storageAccountName
    applicationInsightsName: applicationInsightsName
    appIdentityName: identityName
    deployerPrincipalId: deployerDataAccess ? principalId : ''
    deployerPrincipalType: principalType
  }
  dependsOn: [
    identity
    storage
    monitoring
  ]
}

// Every setting the code reads (tests/Disclosure.Deploy.Tests checks this list against the code). Flex Consumption
// rejects FUNCTIONS_WORKER_RUNTIME and FUNCTIONS_EXTENSION_VERSION: the runtime is functionAppConfig's.
var appSettings = {
  // Identity-based AzureWebJobsStorage (no connection string, no key): the host, the triggers and AddDisclosure.
  AzureWebJobsStorage__accountName: storage.outputs.name
  AzureWebJobsStorage__blobServiceUri: storage.outputs.blobEndpoint
  AzureWebJobsStorage__tableServiceUri: storage.outputs.tableEndpoint
  AzureWebJobsStorage__queueServiceUri: storage.outputs.queueEndpoint
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identity.outputs.clientId
  // Telemetry with Entra authentication (the component has local authentication off).
  APPLICATIONINSIGHTS_CONNECTION_STRING: monitoring.outputs.connectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identity.outputs.clientId};Authorization=AAD'
  // The timers bind %Schedules:…% and the host cannot start a function whose setting is missing.
  Schedules__AssembleDrafts: assembleDraftsSchedule
  Schedules__DraftsWhenQuiet: draftsWhenQuietSchedule
  Schedules__PublishAnnualReport: publishAnnualReportSchedule
  // Publishing (docs/publishing.md); an empty value means the code's default.
  Publishing__BodyName: publishingBodyName
  Publishing__GovernmentOfficeId: governmentOfficeId
  Publishing__DepartmentsDeadline: departmentsDeadline
  Publishing__GovernmentDeadline: governmentDeadline
  Publishing__DraftsQuietMinutes: string(draftsQuietMinutes)
  Publishing__Concurrency: publishingConcurrency > 0 ? string(publishingConcurrency) : ''
  Publishing__SiteUrl: storage.outputs.webEndpoint
  // Office links (docs/security.md): the links point at the function app's own address, known before it exists.
  OfficeLinks__BaseUrl: 'https://${functionAppName}.azurewebsites.net'
  OfficeLinks__Days: string(officeLinkDays)
  OfficeLinks__UploadsPerWindow: string(officeLinkUploadsPerWindow)
  OfficeLinks__WindowMinutes: string(officeLinkWindowMinutes)
}

module functionApp 'app/function-app.bicep' = {
  name: 'function-app'
  scope: rg
  params: {
    name: functionAppName
    planName: '${abbrs.webServerFarms}${resourceToken}'
    location: location
    tags: tags
    identityId: identity.outputs.id
    storageBlobEndpoint: storage.outputs.blobEndpoint
    deploymentContainerName: deploymentContainerName
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
    appSettings: appSettings
  }
  // The host reaches storage and Application Insights as soon as it starts: grant first.
  dependsOn: [
    rbac
  ]
}

// azd keeps these in the environment; the postdeploy hook reads them.
output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
// Flex Consumption apps may get a unique default host name (not always {name}.azurewebsites.net).
output AZURE_FUNCTION_APP_HOST_NAME string = functionApp.outputs.defaultHostName
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_STORAGE_BLOB_ENDPOINT string = storage.outputs.blobEndpoint
output PUBLIC_SITE_URL string = storage.outputs.webEndpoint
output UPLOADS_SYSTEM_TOPIC_NAME string = eventGrid.outputs.name
// Only blobs created under uploads/ reach IngestUpload (archive, validation and reports are written by the app itself).
output UPLOADS_SUBJECT_FILTER string = '/blobServices/default/containers/${uploadsContainerName}/blobs/'
output INGEST_FUNCTION_NAME string = ingestFunctionName
