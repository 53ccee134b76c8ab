package dtplan.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dtplan.model.Endpoint;
import dtplan.model.Instance;
import dtplan.model.InstanceIdentity;
import dtplan.provider.CreateRequest;
import dtplan.provider.DeleteRequest;
import dtplan.provider.ProviderException;
import dtplan.provider.ReadRequest;
import dtplan.provider.ReadResponse;
import dtplan.sandbox.FaultRule;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a plan needs from the provider to repair a resource whose last operation failed (a FAIL_LRO
 * fault): the read reports it as Failed at once, without waiting, since no operation runs on it any
 * more; a delete removes it and a create makes a working one, which is what apply does for a change
 * replaced because its last operation failed.
 */
class FailedOperationsTest extends SandboxTestBase {
  static final Map<String, String> OWNED = Map.of("dtplan-stack", "factory");

  ReadResponse read() {
    return provider.read(
        new ReadRequest(SUB, RG, "factory", List.of(), List.of(), List.of(), List.of()));
  }

  @Test
  void anEndpointLeftFailedIsReadAsFailedWithoutWaitingAndIsRepairedByDeleteThenCreate() {
    Instance twins =
        (Instance)
            provider
                .create(new CreateRequest(instance("adt-failed", InstanceIdentity.NONE, OWNED)))
                .created();
    Endpoint desired = keyBasedEventHub(twins.id(), "telemetry", EH_CONNECTION);
    sandbox.faults().add(FaultRule.failLro().on("PUT", "/subscriptions/**/endpoints/*").times(1));
    assertThatThrownBy(() -> provider.create(new CreateRequest(desired)))
        .isInstanceOf(ProviderException.class);

    Endpoint failed = read().endpoints().get(0);

    assertThat(failed.provisioningState()).isEqualTo("Failed");
    assertThat(listener.waits).isEmpty();
    assertThat(provider.delete(new DeleteRequest(failed)).existed()).isTrue();
    Endpoint created = (Endpoint) provider.create(new CreateRequest(desired)).created();
    assertThat(created.provisioningState()).isEqualTo("Succeeded");
    assertThat(read().endpoints())
        .singleElement()
        .extracting(Endpoint::provisioningState)
        .isEqualTo("Succeeded");
  }

  @Test
  void anInstanceWhoseCreationFailedIsReadWithoutAHostNameAndIsRepairedByDeleteThenCreate() {
    Instance desired = instance("adt-failed", InstanceIdentity.NONE, OWNED);
    sandbox
        .faults()
        .add(FaultRule.failLro().on("PUT", "/subscriptions/**/digitalTwinsInstances/*").times(1));
    assertThatThrownBy(() -> provider.create(new CreateRequest(desired)))
        .isInstanceOf(ProviderException.class);

    Instance failed = read().instances().get(0);

    assertThat(failed.provisioningState()).isEqualTo("Failed");
    assertThat(failed.hostName()).isNull();
    assertThat(listener.waits).isEmpty();
    assertThat(provider.delete(new DeleteRequest(failed)).existed()).isTrue();
    provider.create(new CreateRequest(desired));
    assertThat(read().instances())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.provisioningState()).isEqualTo("Succeeded");
              assertThat(i.hostName()).isNotNull();
            });
  }
}
