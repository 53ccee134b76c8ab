package dtplan.azure;

import dtplan.model.AuthType;
import dtplan.model.Endpoint;
import dtplan.model.EndpointSecrets;
import dtplan.model.EndpointType;
import dtplan.model.Instance;
import dtplan.model.InstanceIdentity;
import dtplan.model.Secret;
import dtplan.model.UserIdentity;
import dtplan.sandbox.Sandbox;
import dtplan.sandbox.SandboxConfig;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * An in-process sandbox on an ephemeral port with destinations seeded, and a provider on it. The
 * caller holds Data Owner on the subscription, as a user who runs dtplan against a real
 * subscription must.
 */
abstract class SandboxTestBase {
  static final String SUB = Sandbox.DEFAULT_SUBSCRIPTION;
  static final String RG = "rg-test";
  static final String RG_ID = "/subscriptions/" + SUB + "/resourceGroups/" + RG;
  static final String EH_NS = RG_ID + "/providers/Microsoft.EventHub/namespaces/ns-factory";
  static final String HUB = EH_NS + "/eventhubs/telemetry";
  static final String SB_NS = RG_ID + "/providers/Microsoft.ServiceBus/namespaces/sb-factory";
  static final String TOPIC = SB_NS + "/topics/alerts";
  static final String EG_TOPIC = RG_ID + "/providers/Microsoft.EventGrid/topics/eg-factory";
  static final String ACCOUNT = RG_ID + "/providers/Microsoft.Storage/storageAccounts/stfactory";
  static final String CONTAINER = ACCOUNT + "/blobServices/default/containers/deadletter";
  static final String UAI_ID =
      RG_ID + "/providers/Microsoft.ManagedIdentity/userAssignedIdentities/ingest";
  static final String EH_CONNECTION =
      "Endpoint=sb://ns-factory.servicebus.windows.net/;SharedAccessKeyName=send;"
          + "SharedAccessKey=c2VjcmV0LWtleQ==;EntityPath=telemetry";
  static final String SB_CONNECTION =
      "Endpoint=sb://sb-factory.servicebus.windows.net/;SharedAccessKeyName=send;"
          + "SharedAccessKey=c2VjcmV0LWtleQ==;EntityPath=alerts";

  /** Azure Digital Twins Data Owner: the data-plane role the sandbox, like Azure, requires. */
  static final String ADT_DATA_OWNER = "bcd981a7-7f74-457b-83e1-cceb9e632ffe";

  static final String CALLER_ASSIGNMENT = "0d7a0e5e-0000-4000-8000-00000000ca11";

  Sandbox sandbox;
  AzureConnection connection;
  RecordingListener listener;
  AzureProvider provider;

  SandboxConfig config() {
    return SandboxConfig.defaults();
  }

  AzureProviderOptions options() {
    return AzureProviderOptions.defaults()
        .withConditionRetry(40, Duration.ofSeconds(20), Duration.ofMillis(200))
        .withLroPollInterval(Duration.ofMillis(100));
  }

  @BeforeEach
  void startSandbox() throws IOException {
    // Retry-After: 0 leaves the poll cadence to options().lroPollInterval(), so an operation the
    // sandbox ends at once is not waited on for the recorded second.
    sandbox = Sandbox.start(config().withLroRetryAfter(Duration.ZERO));
    sandbox.seed(
        """
        {"resourceGroups": [{"name": "%s", "location": "westeurope"}],
         "resources": [
           {"id": "%s", "body": {"location": "westeurope"}},
           {"id": "%s", "body": {}},
           {"id": "%s", "body": {"location": "westeurope"}},
           {"id": "%s", "body": {}},
           {"id": "%s", "body": {"location": "westeurope"}},
           {"id": "%s", "body": {"location": "westeurope"}},
           {"id": "%s", "body": {}}
         ],
         "roleAssignments": [
           {"id": "/subscriptions/%s/providers/Microsoft.Authorization/roleAssignments/%s",
            "properties": {"roleDefinitionId":
                "/providers/Microsoft.Authorization/roleDefinitions/%s",
              "principalId": "%s"}}
         ]}
        """
            .formatted(
                RG,
                EH_NS,
                HUB,
                SB_NS,
                TOPIC,
                EG_TOPIC,
                ACCOUNT,
                CONTAINER,
                SUB,
                CALLER_ASSIGNMENT,
                ADT_DATA_OWNER,
                sandbox.config().callerPrincipalId()));
    connection = AzureConnection.sandbox(sandbox.url(), SUB);
    listener = new RecordingListener();
    provider = new AzureProvider(connection, options(), listener);
  }

  @AfterEach
  void stopSandbox() {
    if (sandbox != null) {
      sandbox.close();
    }
  }

  static String instanceId(String name) {
    return RG_ID + "/providers/Microsoft.DigitalTwins/digitalTwinsInstances/" + name;
  }

  static Instance instance(String name, InstanceIdentity identity, Map<String, String> tags) {
    return new Instance(instanceId(name), "westeurope", tags, identity, "Enabled", null, null);
  }

  static InstanceIdentity systemIdentity() {
    return new InstanceIdentity(true, List.of(), null, null, Map.of());
  }

  static UserIdentity userIdentity() {
    return new UserIdentity(UAI_ID, "westeurope", Map.of("team", "iot"), null, null);
  }

  /** A key-based Event Hubs endpoint whose connection string is {@code connectionString}. */
  static Endpoint keyBasedEventHub(String instanceId, String name, String connectionString) {
    return new Endpoint(
        instanceId,
        name,
        EndpointType.EVENT_HUB,
        AuthType.KEY,
        null,
        null,
        null,
        null,
        null,
        keys(connectionString),
        null);
  }

  static EndpointSecrets keys(String primary) {
    return new EndpointSecrets(Secret.of(primary, "${env:PRIMARY}"), null, null);
  }
}
