package dtplan.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dtplan.model.Instance;
import dtplan.model.RoleAssignment;
import dtplan.model.RoleDefinitions;
import dtplan.provider.CreateRequest;
import dtplan.provider.ProviderException;
import dtplan.sandbox.SandboxConfig;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PrincipalNotFoundRetryTest extends SandboxTestBase {
  @Override
  SandboxConfig config() {
    return SandboxConfig.defaults().withPrincipalReplicationDelay(Duration.ofSeconds(2));
  }

  RoleAssignment assignmentForNewInstance() {
    Instance adt =
        (Instance)
            provider
                .create(
                    new CreateRequest(
                        instance("adt-factory", systemIdentity(), Map.of("dtplan-stack", "f"))))
                .created();
    return new RoleAssignment(
        HUB,
        adt.identity().principalId(),
        RoleDefinitions.EVENT_HUBS_DATA_SENDER,
        UUID.randomUUID().toString(),
        "dtplan-stack=f");
  }

  @Test
  void retriesUntilTheNewPrincipalHasReplicatedAndSaysSo() {
    RoleAssignment desired = assignmentForNewInstance();

    RoleAssignment created = (RoleAssignment) provider.create(new CreateRequest(desired)).created();

    assertThat(created).isEqualTo(desired);
    assertThat(listener.retries).isNotEmpty();
    assertThat(listener.retries)
        .allSatisfy(
            r -> {
              assertThat(r.code()).isEqualTo("PrincipalNotFound");
              assertThat(r.resourceId()).isEqualTo(desired.id());
            });
    assertThat(listener.retries.get(0).attempt()).isEqualTo(1);
  }

  @Test
  void givesUpAtTheBoundWithAzuresMessage() {
    provider =
        new AzureProvider(
            connection,
            options().withConditionRetry(3, Duration.ofSeconds(1), Duration.ofMillis(100)),
            listener);
    RoleAssignment desired = assignmentForNewInstance();

    assertThatThrownBy(() -> provider.create(new CreateRequest(desired)))
        .isInstanceOfSatisfying(
            ProviderException.class,
            e -> {
              assertThat(e.code()).isEqualTo("PrincipalNotFound");
              assertThat(e.transientFailure()).isTrue();
              assertThat(e.resourceId()).isEqualTo(desired.id());
              assertThat(e.getMessage())
                  .startsWith("Creating role assignment on " + HUB + " failed: PrincipalNotFound: ")
                  .contains("does not exist in the directory");
            });
    assertThat(listener.retries).hasSize(2);
  }
}
