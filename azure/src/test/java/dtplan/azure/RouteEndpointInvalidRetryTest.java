package dtplan.azure;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.core.management.polling.PollResult;
import com.azure.core.util.polling.SyncPoller;
import com.azure.resourcemanager.resources.fluent.models.GenericResourceInner;
import dtplan.model.Endpoint;
import dtplan.model.Instance;
import dtplan.model.Route;
import dtplan.provider.CreateRequest;
import dtplan.sandbox.SandboxConfig;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteEndpointInvalidRetryTest extends SandboxTestBase {
  @Override
  SandboxConfig config() {
    return SandboxConfig.defaults().withLroDuration(Duration.ofMillis(1500));
  }

  @Test
  void retriesWhileTheEndpointIsStillActivating() {
    Instance adt =
        (Instance)
            provider
                .create(
                    new CreateRequest(
                        instance("adt-factory", systemIdentity(), Map.of("dtplan-stack", "f"))))
                .created();
    Endpoint endpoint = keyBasedEventHub(adt.id(), "eh-key", EH_CONNECTION);
    // Start the endpoint's creation without waiting for it, as a parallel apply may.
    SyncPoller<PollResult<GenericResourceInner>, GenericResourceInner> started =
        connection
            .resourceManager()
            .serviceClient()
            .getResources()
            .beginCreateOrUpdateById(
                endpoint.id(), ApiVersions.DIGITAL_TWINS, EndpointJson.putBody(endpoint));
    // Microsoft.DigitalTwins reports a running operation as "Running", not "InProgress"
    // (recordings/README.md in the sandbox); any status that is not terminal means not done.
    assertThat(started.poll().getStatus().isComplete()).isFalse();
    Route route = new Route(adt.id(), "all", "eh-key", "true");

    Route created = (Route) provider.create(new CreateRequest(route)).created();

    assertThat(created).isEqualTo(route);
    assertThat(listener.codes()).isNotEmpty().containsOnly("EventRouteEndpointInvalid");
    assertThat(listener.retries).allSatisfy(r -> assertThat(r.resourceId()).isEqualTo(route.id()));
  }
}
