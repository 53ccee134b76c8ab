package dtplan.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dtplan.model.Instance;
import dtplan.model.InstanceIdentity;
import dtplan.provider.CreateRequest;
import dtplan.provider.DeleteRequest;
import dtplan.provider.ProviderException;
import dtplan.provider.ProviderListener;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Answers the sandbox does not give, from a stub: DELETE 200 (the delete failed, the resource stays
 * with provisioningState Failed), PUT without monitor headers. Polling is the SDK's.
 */
class LongRunningOperationsTest {
  static final String ID =
      "/subscriptions/s/resourceGroups/rg/providers/Microsoft.DigitalTwins/digitalTwinsInstances/x";

  HttpServer server;
  final List<String> requests = new CopyOnWriteArrayList<>();
  final AtomicInteger gets = new AtomicInteger();
  volatile boolean deleteFailed;
  AzureProvider provider;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::answer);
    server.start();
    URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    provider =
        new AzureProvider(
            AzureConnection.sandbox(url, "s"),
            AzureProviderOptions.defaults().withLroPollInterval(Duration.ofMillis(50)),
            ProviderListener.NONE);
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void answer(HttpExchange ex) throws IOException {
    requests.add(ex.getRequestMethod());
    String state =
        switch (ex.getRequestMethod()) {
          case "PUT" -> "Provisioning";
          case "DELETE" -> {
            deleteFailed = true;
            yield "Failed";
          }
          default ->
              deleteFailed ? "Failed" : gets.incrementAndGet() < 3 ? "Provisioning" : "Succeeded";
        };
    int status = ex.getRequestMethod().equals("PUT") ? 201 : 200;
    byte[] body =
        ("{\"id\":\""
                + ID
                + "\",\"location\":\"westeurope\",\"properties\":{\"provisioningState\":\""
                + state
                + "\"}}")
            .getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", "application/json");
    ex.sendResponseHeaders(status, body.length);
    ex.getResponseBody().write(body);
    ex.close();
  }

  @Test
  void aPutWithoutMonitorHeadersIsPolledUntilItsStateIsTerminal() {
    Instance created =
        (Instance)
            provider
                .create(
                    new CreateRequest(
                        new Instance(
                            ID, "westeurope", Map.of(), InstanceIdentity.NONE, null, null, null)))
                .created();

    assertThat(created.provisioningState()).isEqualTo("Succeeded");
    assertThat(requests).containsExactly("PUT", "GET", "GET", "GET");
  }

  @Test
  void aDeleteAnswered200IsAFailure() {
    gets.set(10);
    Instance prior =
        new Instance(ID, "westeurope", Map.of(), InstanceIdentity.NONE, null, null, null);

    assertThatThrownBy(() -> provider.delete(new DeleteRequest(prior)))
        .isInstanceOfSatisfying(
            ProviderException.class,
            e -> {
              assertThat(e.code()).isEqualTo("DeleteFailed");
              assertThat(e.getMessage())
                  .isEqualTo(
                      "Deleting Digital Twins instance "
                          + ID
                          + " failed: DeleteFailed: The delete finished but the resource is still"
                          + " there with provisioningState Failed, which means the delete was"
                          + " canceled or failed.");
            });
    assertThat(requests).containsExactly("GET", "DELETE", "GET");
  }

  @Test
  void anOperationThatNeverEndsFailsAtTheConfiguredTimeout() {
    gets.set(Integer.MIN_VALUE);
    AzureProvider impatient =
        new AzureProvider(
            AzureConnection.sandbox(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"), "s"),
            AzureProviderOptions.defaults()
                .withLroPollInterval(Duration.ofMillis(50))
                .withLroTimeout(Duration.ofMillis(500)),
            ProviderListener.NONE);
    long start = System.nanoTime();

    assertThatThrownBy(
            () ->
                impatient.create(
                    new CreateRequest(
                        new Instance(
                            ID, "westeurope", Map.of(), InstanceIdentity.NONE, null, null, null))))
        .isInstanceOfSatisfying(
            ProviderException.class,
            e -> {
              assertThat(e.code()).isEqualTo("OperationTimedOut");
              assertThat(e.transientFailure()).isTrue();
              assertThat(e.getMessage()).startsWith("Creating Digital Twins instance " + ID);
            });
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5000);
  }
}
