package dtplan.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dtplan.model.Endpoint;
import dtplan.provider.ProviderException;
import dtplan.provider.ReadRequest;
import dtplan.provider.ReadResponse;
import dtplan.sandbox.SandboxConfig;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A read that finds an operation still running on an instance or endpoint (someone else's apply, a
 * portal edit, an apply interrupted) waits for it to end, reporting each wait, so the plan is made
 * from the state the resource settles in rather than from a moment of it; past the bound, the read
 * fails and says which resource is still in which state. Operations take ten minutes of a fake
 * clock that the provider's waits move: nothing here sleeps.
 */
class RunningOperationsReadTest extends SandboxTestBase {
  static final Duration OPERATION = Duration.ofMinutes(10);
  static final Duration POLL = Duration.ofSeconds(30);
  static final String INSTANCE = instanceId("adt-busy");
  static final String ENDPOINT = INSTANCE + "/endpoints/telemetry";

  final FakeTime time = new FakeTime();
  Duration bound = Duration.ofMinutes(30);

  @Override
  SandboxConfig config() {
    return SandboxConfig.defaults().withLroDuration(OPERATION).withClock(time);
  }

  @Override
  AzureProviderOptions options() {
    return super.options().withLroPollInterval(POLL).withLroTimeout(bound).withTime(time);
  }

  @BeforeEach
  void seedInstance() {
    sandbox.seed(
        """
        {"resources": [{"id": "%s",
          "body": {"location": "westeurope", "tags": {"dtplan-stack": "factory"}}}]}
        """
            .formatted(INSTANCE));
  }

  ReadResponse read() {
    return provider.read(
        new ReadRequest(SUB, RG, "factory", List.of(), List.of(), List.of(), List.of()));
  }

  @Test
  void anEndpointStillProvisioningIsWaitedForAndReadAsItEnds() throws Exception {
    assertThat(arm("PUT", ENDPOINT, endpointBody())).isEqualTo(201);
    Instant start = time.instant();

    ReadResponse live = read();

    assertThat(live.endpoints())
        .singleElement()
        .extracting(Endpoint::provisioningState)
        .isEqualTo("Succeeded");
    Duration waited = Duration.between(start, time.instant());
    assertThat(waited).isBetween(OPERATION, OPERATION.plus(POLL));
    assertThat(listener.waits).isNotEmpty();
    assertThat(listener.waits)
        .allSatisfy(
            w -> {
              assertThat(w.resourceId()).isEqualTo(ENDPOINT);
              assertThat(w.state()).isEqualTo("Provisioning");
              assertThat(w.bound()).isEqualTo(bound);
            });
    assertThat(listener.waits.get(0).waited()).isZero();
    assertThat(listener.waits.get(listener.waits.size() - 1).waited()).isLessThan(OPERATION);
  }

  @Test
  void anInstanceStillUpdatingIsWaitedForAndAnEndpointStillDeletingIsReadAsGone() throws Exception {
    assertThat(arm("PUT", ENDPOINT, endpointBody())).isEqualTo(201);
    time.advance(OPERATION);
    assertThat(arm("PATCH", INSTANCE, "{\"identity\": {\"type\": \"SystemAssigned\"}}"))
        .isEqualTo(202);
    // The delete ends after the update, so it still runs when the read reaches the endpoints.
    time.advance(OPERATION.dividedBy(2));
    assertThat(arm("DELETE", ENDPOINT, null)).isEqualTo(202);

    ReadResponse live = read();

    assertThat(live.instances())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.provisioningState()).isEqualTo("Succeeded");
              assertThat(i.identity().system()).isTrue();
            });
    assertThat(live.endpoints()).isEmpty();
    assertThat(listener.waits)
        .extracting(RecordingListener.Wait::resourceId, RecordingListener.Wait::state)
        .contains(
            org.assertj.core.groups.Tuple.tuple(INSTANCE, "Updating"),
            org.assertj.core.groups.Tuple.tuple(ENDPOINT, "Deleting"));
  }

  @Test
  void anOperationStillRunningPastTheBoundFailsTheReadNamingResourceAndState() throws Exception {
    bound = Duration.ofMinutes(4);
    provider = new AzureProvider(connection, options(), listener);
    assertThat(arm("PUT", ENDPOINT, endpointBody())).isEqualTo(201);
    Instant start = time.instant();

    assertThatThrownBy(this::read)
        .isInstanceOfSatisfying(
            ProviderException.class,
            e -> {
              assertThat(e.code()).isEqualTo("OperationStillRunning");
              assertThat(e.transientFailure()).isTrue();
              assertThat(e.resourceId()).isEqualTo(ENDPOINT);
              assertThat(e.getMessage())
                  .contains(ENDPOINT)
                  .contains("still Provisioning after 4 minutes");
            });
    assertThat(Duration.between(start, time.instant())).isBetween(bound, bound.plus(POLL));
  }

  static String endpointBody() {
    return """
        {"properties": {"endpointType": "EventHub", "authenticationType": "KeyBased",
                        "connectionStringPrimaryKey": "%s"}}
        """
        .formatted(EH_CONNECTION);
  }

  /** One ARM call straight to the sandbox, so the operation it starts is left running. */
  int arm(String method, String id, String body) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(sandbox.url().resolve(id.substring(1) + "?api-version=2023-01-31"))
            .header("Authorization", "Bearer test")
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .build();
    return HttpClient.newHttpClient()
        .send(request, HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }
}
