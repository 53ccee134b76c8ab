package dtplan.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dtplan.model.AuthType;
import dtplan.model.Endpoint;
import dtplan.model.EndpointIdentity;
import dtplan.model.EndpointSecrets;
import dtplan.model.EndpointType;
import dtplan.model.Instance;
import dtplan.model.InstanceIdentity;
import dtplan.provider.CreateRequest;
import dtplan.provider.DeleteRequest;
import dtplan.provider.ProviderException;
import dtplan.provider.ReadRequest;
import dtplan.sandbox.FaultRule;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorMessageTest extends SandboxTestBase {

  @Test
  void azureValidationErrorsNameTheResourceAndCarryAzuresCodeAndText() {
    Instance adt =
        (Instance)
            provider
                .create(new CreateRequest(instance("adt-plain", InstanceIdentity.NONE, Map.of())))
                .created();
    Endpoint endpoint =
        new Endpoint(
            adt.id(),
            "eh-identity",
            EndpointType.EVENT_HUB,
            AuthType.IDENTITY,
            EndpointIdentity.SYSTEM,
            "sb://ns-factory.servicebus.windows.net/",
            "telemetry",
            null,
            null,
            EndpointSecrets.NONE,
            null);

    assertThatThrownBy(() -> provider.create(new CreateRequest(endpoint)))
        .isInstanceOfSatisfying(
            ProviderException.class,
            e -> {
              assertThat(e.code()).isEqualTo("BadRequest");
              assertThat(e.transientFailure()).isFalse();
              assertThat(e.resourceId()).isEqualTo(endpoint.id());
              assertThat(e.getMessage())
                  .isEqualTo(
                      "Creating endpoint "
                          + endpoint.id()
                          + " failed: BadRequest: The system assigned identity is not enabled on"
                          + " Digital Twins instance 'adt-plain'.");
            });
  }

  @Test
  void keyBasedSecretsNeverAppearInErrorMessages() {
    Instance adt =
        (Instance)
            provider
                .create(new CreateRequest(instance("adt-plain", InstanceIdentity.NONE, Map.of())))
                .created();
    String secret = "Endpoint=nonsense;SharedAccessKey=TOP-SECRET";
    Endpoint endpoint = keyBasedEventHub(adt.id(), "eh-key", secret);

    assertThatThrownBy(() -> provider.create(new CreateRequest(endpoint)))
        .isInstanceOf(ProviderException.class)
        .hasMessageStartingWith("Creating endpoint " + endpoint.id() + " failed: BadRequest: ")
        .hasMessageNotContaining("TOP-SECRET");
  }

  @Test
  void aFailedDeleteOperationIsAFailure() {
    Instance adt =
        (Instance)
            provider
                .create(new CreateRequest(instance("adt-plain", InstanceIdentity.NONE, Map.of())))
                .created();
    sandbox.faults().add(FaultRule.failLro().on("DELETE", "**/digitalTwinsInstances/*"));

    assertThatThrownBy(() -> provider.delete(new DeleteRequest(adt)))
        .isInstanceOfSatisfying(
            ProviderException.class,
            e -> {
              assertThat(e.resourceId()).isEqualTo(adt.id());
              assertThat(e.getMessage())
                  .startsWith("Deleting Digital Twins instance " + adt.id() + " failed: ");
            });
  }

  @Test
  void anUnreachableEndpointFailsWithinSecondsNamingTheUrl() {
    AzureProvider offline =
        new AzureProvider(
            AzureConnection.sandbox(URI.create("http://127.0.0.1:1/"), SUB), options(), listener);
    long start = System.nanoTime();

    assertThatThrownBy(
            () ->
                offline.read(
                    new ReadRequest(SUB, RG, "f", List.of(), List.of(), List.of(), List.of())))
        .isInstanceOfSatisfying(
            ProviderException.class,
            e -> {
              assertThat(e.code()).isEqualTo("Unreachable");
              assertThat(e.transientFailure()).isTrue();
              assertThat(e.getMessage())
                  .startsWith(
                      "Cannot reach the sandbox at http://127.0.0.1:1/: connection" + " refused");
            });
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(3000);
  }
}
