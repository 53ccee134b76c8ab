package dtplan.azure;

import static org.assertj.core.api.Assertions.assertThat;

import dtplan.model.AuthType;
import dtplan.model.Endpoint;
import dtplan.model.EndpointSecrets;
import dtplan.model.EndpointType;
import dtplan.model.Instance;
import dtplan.model.Route;
import dtplan.model.Secret;
import dtplan.provider.CreateRequest;
import dtplan.provider.ReadRequest;
import dtplan.sandbox.FaultRule;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;

/**
 * dtplan's HTTP log on both pipelines (ARM and the data plane), at both levels, with canary secrets
 * in every secret field a write carries.
 */
class HttpTraceTest extends SandboxTestBase {
  static final String KEY = "CanaryTraceKey0123456789";
  static final String SIG = "CanaryTraceSig0123456789";
  static final String EG = "CanaryTraceEg0123456789";

  final ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();

  private AzureProvider tracing(LogLevel level) {
    AzureConnection traced =
        AzureConnection.sandbox(
            sandbox.url(),
            SUB,
            sandbox.config().callerPrincipalId(),
            new HttpTrace(level, lines::add));
    return new AzureProvider(traced, options(), listener);
  }

  private void writeEverything(AzureProvider p) {
    Instance adt =
        (Instance)
            p.create(
                    new CreateRequest(
                        instance("adt-trace", systemIdentity(), Map.of("dtplan-stack", "t"))))
                .created();
    String sas = "https://stfactory.blob.core.windows.net/deadletter?sv=2022&sp=w&sig=" + SIG;
    p.create(
        new CreateRequest(
            new Endpoint(
                adt.id(),
                "eh-key",
                EndpointType.EVENT_HUB,
                AuthType.KEY,
                null,
                null,
                null,
                null,
                null,
                new EndpointSecrets(
                    Secret.of(EH_CONNECTION.replace("c2VjcmV0LWtleQ==", KEY), "${env:A}"),
                    Secret.of(EH_CONNECTION.replace("c2VjcmV0LWtleQ==", KEY + "2"), "${env:B}"),
                    Secret.of(sas, "${env:C}")),
                null)));
    p.create(
        new CreateRequest(
            new Endpoint(
                adt.id(),
                "eg-key",
                EndpointType.EVENT_GRID,
                AuthType.KEY,
                null,
                null,
                null,
                "https://eg-factory.westeurope-1.eventgrid.azure.net/api/events",
                null,
                new EndpointSecrets(
                    Secret.of(EG, "${env:D}"), Secret.of(EG + "2", "${env:E}"), null),
                null)));
    p.create(new CreateRequest(new Route(adt.id(), "all", "eh-key", "true")));
  }

  @Test
  void traceShowsCallsAndBodiesWithEverySecretRedacted() {
    AzureProvider p = tracing(LogLevel.TRACE);
    sandbox.faults().add(FaultRule.status(503).on("GET", "**/digitalTwinsInstances").times(1));
    p.read(new ReadRequest(SUB, RG, "t", List.of(), List.of(), List.of(), List.of()));
    writeEverything(p);

    String log = String.join("\n", lines);
    assertThat(log)
        .doesNotContain(KEY)
        .doesNotContain(SIG)
        .doesNotContain(EG)
        .doesNotContain("eyJ")
        .doesNotContain("Bearer sandbox");
    // ARM: the request line, the status, the time, the attempt; a retry is a second attempt.
    assertThat(log)
        .containsPattern(
            "TRACE GET http://127\\.0\\.0\\.1:\\d+/subscriptions/[^ ]+/digitalTwinsInstances\\?"
                + "api-version=2023-01-31 -> 503 \\(\\d+ ms, attempt 1\\)")
        .containsPattern(
            "digitalTwinsInstances\\?api-version=2023-01-31 -> 200 \\(\\d+ ms, attempt 2\\)")
        .containsPattern("PUT [^ ]+/endpoints/eh-key\\?api-version=2023-01-31 -> 20\\d");
    // The data plane goes through the same log.
    assertThat(log)
        .containsPattern("PUT https?://[^ ]+/eventroutes/all\\?api-version=[^ ]+ -> 20\\d");
    // Bodies are there, secrets are not.
    assertThat(log)
        .contains("\"connectionStringPrimaryKey\":\"(redacted)\"")
        .contains("\"deadLetterSecret\":\"(redacted)\"")
        .contains("\"accessKey1\":\"(redacted)\"")
        .contains("\"authenticationType\":\"KeyBased\"")
        .contains("> Authorization: (redacted)")
        .contains("< body: {");
  }

  @Test
  void debugShowsOneLinePerAttemptAndNoBodies() {
    AzureProvider p = tracing(LogLevel.DEBUG);
    writeEverything(p);
    assertThat(lines).isNotEmpty().allSatisfy(l -> assertThat(l).doesNotContain("\n"));
    assertThat(lines)
        .allSatisfy(
            l ->
                assertThat(l)
                    .matches(
                        "\\[dtplan \\S+] DEBUG [A-Z]+ \\S+ -> (\\d{3}|failed: .*) \\(\\d+ ms, attempt \\d+\\)"));
    String log = String.join("\n", lines);
    assertThat(log)
        .doesNotContain(KEY)
        .doesNotContain(SIG)
        .doesNotContain(EG)
        .doesNotContain("body");
  }

  @Test
  void offAddsNothingToThePipelines() {
    AzureProvider p = tracing(LogLevel.OFF);
    writeEverything(p);
    assertThat(lines).isEmpty();
  }
}
