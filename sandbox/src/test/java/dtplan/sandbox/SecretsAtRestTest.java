package dtplan.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Endpoint secrets are checked on PUT and then kept only as fingerprints (EndpointSecrets). */
class SecretsAtRestTest {
  static final String RG = "/subscriptions/" + Sandbox.DEFAULT_SUBSCRIPTION + "/resourceGroups/rg";
  static final String INST = RG + "/providers/Microsoft.DigitalTwins/digitalTwinsInstances/adt";
  static final String A = "?api-version=2023-01-31";
  static final String CANARY = "CANARY-7f3a9c21-do-not-store";

  static String connection(String key) {
    return "Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey="
        + key
        + ";EntityPath=hub";
  }

  static String deadLetter(String sig) {
    return "https://acct.blob.core.windows.net/dl?sv=2022-11-02&sig=" + sig;
  }

  private static void instance(Http http) {
    http.put(RG + A, "{\"location\":\"westeurope\"}");
    http.put(INST + A, "{\"location\":\"westeurope\"}");
    http.get(INST + A);
  }

  /** Every byte of every file under the directory, temporary files included. */
  private static String everything(Path dir) throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        all.append(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
      }
    }
    return all.toString();
  }

  @Test
  void aCanarySecretNeverReachesTheStateDirectory(@TempDir Path dir) throws Exception {
    SandboxConfig config = SandboxConfig.defaults().withStateDir(dir);
    try (Sandbox sb = Sandbox.start(config)) {
      Http http = new Http(sb);
      instance(http);
      List<String> bodies =
          List.of(
              "{\"endpointType\":\"EventHub\",\"connectionStringPrimaryKey\":\""
                  + connection(CANARY + "1")
                  + "\",\"connectionStringSecondaryKey\":\""
                  + connection(CANARY + "2")
                  + "\",\"deadLetterSecret\":\""
                  + deadLetter(CANARY + "3")
                  + "\"}",
              "{\"endpointType\":\"ServiceBus\",\"primaryConnectionString\":\""
                  + connection(CANARY + "4")
                  + "\",\"secondaryConnectionString\":\""
                  + connection(CANARY + "5")
                  + "\"}",
              "{\"endpointType\":\"EventGrid\",\"TopicEndpoint\":\"https://t.westeurope-1.eventgrid.azure.net/api/events\","
                  + "\"accessKey1\":\""
                  + CANARY
                  + "6\",\"accessKey2\":\""
                  + CANARY
                  + "7\"}");
      for (int i = 0; i < bodies.size(); i++) {
        Http.Res put =
            http.put(INST + "/endpoints/ep" + i + A, "{\"properties\":" + bodies.get(i) + "}");
        assertThat(put.status()).isEqualTo(201);
        assertThat(put.raw().body()).doesNotContain(CANARY);
      }
      sb.seed(
          "{\"resources\":[{\"id\":\""
              + INST
              + "/endpoints/seeded\",\"body\":{\"properties\":{\"endpointType\":\"EventHub\","
              + "\"connectionStringPrimaryKey\":\""
              + connection(CANARY + "8")
              + "\"}}}]}");
      Http.Res list = http.get(INST + "/endpoints" + A);
      assertThat(list.raw().body()).doesNotContain(CANARY).contains("************");
      String state = everything(dir);
      assertThat(state).contains("ep0").contains("seeded").doesNotContain(CANARY);
      assertThat(state).contains(EndpointSecrets.fingerprint(connection(CANARY + "1")));
    }
    try (Sandbox again = Sandbox.start(config)) {
      Http.Res got = new Http(again).get(INST + "/endpoints/ep0" + A);
      assertThat(got.json().at("/properties/connectionStringPrimaryKey").asText())
          .isEqualTo("************");
      assertThat(got.json().at("/properties/deadLetterSecret").asText()).isEqualTo("************");
    }
  }

  @Test
  void aStateFileWithPlainSecretsIsRewrittenWhenLoaded(@TempDir Path dir) throws Exception {
    try (Sandbox sb = Sandbox.start(SandboxConfig.defaults().withStateDir(dir))) {
      Http http = new Http(sb);
      instance(http);
      http.put(
          INST + "/endpoints/epx" + A,
          "{\"properties\":{\"endpointType\":\"EventHub\",\"connectionStringPrimaryKey\":\""
              + connection("x")
              + "\"}}");
    }
    Path file = dir.resolve("sandbox-state.json");
    String written = Files.readString(file);
    // As an older sandbox wrote it: the secret itself.
    Files.writeString(
        file, written.replace(EndpointSecrets.fingerprint(connection("x")), connection(CANARY)));
    assertThat(Files.readString(file)).contains(CANARY);
    try (Sandbox sb = Sandbox.start(SandboxConfig.defaults().withStateDir(dir))) {
      assertThat(everything(dir)).doesNotContain(CANARY);
      assertThat(new Http(sb).get(INST + "/endpoints/epx" + A).status()).isEqualTo(200);
    }
  }

  @Test
  void secretsAreCheckedBeforeAnythingIsKept() throws Exception {
    try (Sandbox sb = Sandbox.start(SandboxConfig.defaults())) {
      Http http = new Http(sb);
      instance(http);
      String eh =
          "{\"endpointType\":\"EventHub\",\"connectionStringPrimaryKey\":\""
              + connection("k")
              + "\"";
      for (String bad :
          List.of(
              eh + ",\"connectionStringSecondaryKey\":\"not a connection string\"}",
              eh + ",\"deadLetterSecret\":\"http://acct.blob.core.windows.net/dl?sig=x\"}",
              eh + ",\"deadLetterSecret\":\"https://acct.blob.core.windows.net/dl\"}",
              eh + ",\"deadLetterSecret\":42}",
              eh + ",\"accessKey1\":\"k\"}",
              "{\"endpointType\":\"ServiceBus\",\"primaryConnectionString\":\"Endpoint=https://x\"}",
              "{\"endpointType\":\"EventGrid\",\"TopicEndpoint\":\"https://t\",\"accessKey1\":\"k\","
                  + "\"accessKey2\":\" \"}")) {
        Http.Res r = http.put(INST + "/endpoints/epx" + A, "{\"properties\":" + bad + "}");
        assertThat(r.status()).as(bad).isEqualTo(400);
        assertThat(r.code()).as(bad).isEqualTo("BadRequest");
      }
      assertThat(http.get(INST + "/endpoints/epx" + A).status()).isEqualTo(404);
    }
  }
}
