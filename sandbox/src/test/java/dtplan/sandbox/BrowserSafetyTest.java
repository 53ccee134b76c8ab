package dtplan.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A web page the user visits must not be able to drive the sandbox: neither by a cross-origin
 * "simple" request (text/plain POST, no preflight) nor by DNS rebinding (its own host name resolved
 * to 127.0.0.1, so the browser sends {@code Host: evil.example:PORT}). The header names are spelled
 * out here because they are the wire contract with other tools.
 */
class BrowserSafetyTest {
  static final String RG = "/subscriptions/" + Sandbox.DEFAULT_SUBSCRIPTION + "/resourceGroups/rg";
  static final String A = "?api-version=2023-01-31";
  static final String ROUTES =
      "/_dataplane/" + Sandbox.DEFAULT_SUBSCRIPTION + "/rg/adt/eventroutes?api-version=2023-10-31";
  static final String ADMIN = "X-Dtplan-Sandbox: 1";

  Sandbox sb;
  Http http;
  int port;

  @BeforeEach
  void start() throws Exception {
    sb = Sandbox.start(SandboxConfig.defaults());
    sb.seed(
        """
        {"resourceGroups": [{"subscriptionId": "%s", "name": "rg", "location": "westeurope"}]}
        """
            .formatted(Sandbox.DEFAULT_SUBSCRIPTION));
    http = new Http(sb);
    port = sb.url().getPort();
  }

  @AfterEach
  void stop() {
    sb.close();
  }

  /** The resource group exists, no fault rule was added, nothing was logged: nothing changed. */
  private void assertUnchanged() {
    assertThat(sb.faults().rules()).isEmpty();
    assertThat(sb.requests().total()).isZero();
    assertThat(http.get(RG + A).status()).isEqualTo(200);
  }

  @Test
  void aCrossOriginStylePostToResetIsRefusedAndChangesNothing() {
    Map<String, String> page =
        Map.of("Origin", "https://evil.example", "Content-Type", "text/plain");
    Http browser = http.withoutAuth().withoutAdminHeader();
    for (String path : new String[] {"/_sandbox/reset", "/_sandbox/seed", "/_sandbox/faults"}) {
      String body =
          path.endsWith("faults") ? "{\"method\":\"*\",\"path\":\"**\",\"action\":\"drop\"}" : "{}";
      Http.Res r = browser.send("POST", path, body, page);
      assertThat(r.status()).as(path).isEqualTo(403);
      assertThat(r.code()).as(path).isEqualTo("BrowserRequestRefused");
    }
    assertUnchanged();
  }

  @Test
  void anOriginIsRefusedEvenWithTheAdminHeaderAndOnArmAndTheDataPlane() {
    Map<String, String> origin = Map.of("Origin", "http://127.0.0.1:" + port);
    assertThat(http.send("POST", "/_sandbox/reset", null, origin).status()).isEqualTo(403);
    assertThat(http.send("DELETE", RG + A, null, origin).status()).isEqualTo(403);
    assertThat(http.send("GET", ROUTES, null, origin).status()).isEqualTo(403);
    assertThat(
            http.send("POST", "/_sandbox/reset", null, Map.of("Sec-Fetch-Site", "cross-site"))
                .status())
        .isEqualTo(403);
    assertUnchanged();
  }

  @Test
  void everyAdminCallNeedsTheAdminHeader() {
    Http plain = http.withoutAdminHeader();
    for (String[] call :
        new String[][] {
          {"GET", "/_sandbox/health"},
          {"GET", "/_sandbox/requests"},
          {"DELETE", "/_sandbox/requests"},
          {"GET", "/_sandbox/faults"},
          {"DELETE", "/_sandbox/faults"},
          {"POST", "/_sandbox/reset"},
          {"POST", "/_sandbox/seed"},
          {"GET", "/_sandbox"},
        }) {
      Http.Res r = plain.send(call[0], call[1], null);
      assertThat(r.status()).as(call[0] + " " + call[1]).isEqualTo(403);
      assertThat(r.code()).isEqualTo("AdminHeaderRequired");
      assertThat(r.json().path("error").path("message").asText()).contains("X-Dtplan-Sandbox: 1");
    }
    Http.Res wrongValue =
        plain.send("POST", "/_sandbox/reset", null, Map.of("X-Dtplan-Sandbox", "yes"));
    assertThat(wrongValue.status()).isEqualTo(403);
    assertUnchanged();
    assertThat(http.get("/_sandbox/health").status()).isEqualTo(200);
  }

  @Test
  void aForeignHostIsRefusedOnEveryPathAndChangesNothing() {
    String evil = "Host: evil.example:" + port;
    String auth = "Authorization: Bearer test-token";
    RawHttp.Res health = RawHttp.send(sb, "GET /_sandbox/health HTTP/1.1", null, evil, ADMIN);
    assertThat(health.status()).isEqualTo(421);
    assertThat(health.body())
        .contains("HostNotAllowed")
        .contains("127.0.0.1:" + port)
        .contains("evil.example");
    assertThat(RawHttp.send(sb, "POST /_sandbox/reset HTTP/1.1", "", evil, ADMIN).status())
        .isEqualTo(421);
    assertThat(RawHttp.send(sb, "DELETE " + RG + A + " HTTP/1.1", null, evil, auth).status())
        .isEqualTo(421);
    assertThat(RawHttp.send(sb, "GET " + ROUTES + " HTTP/1.1", null, evil, auth).status())
        .isEqualTo(421);
    // Right name, wrong port; a loopback name as a suffix; no Host at all; two of them.
    for (String[] hosts :
        new String[][] {
          {"Host: 127.0.0.1:" + (port == 1 ? 2 : 1)},
          {"Host: 127.0.0.1"},
          {"Host: localhost.evil.example:" + port},
          {"Host: 127.0.0.1:" + port + ".evil.example"},
          {},
          {"Host: 127.0.0.1:" + port, evil},
        }) {
      String[] headers = new String[hosts.length + 1];
      System.arraycopy(hosts, 0, headers, 0, hosts.length);
      headers[hosts.length] = ADMIN;
      assertThat(RawHttp.send(sb, "POST /_sandbox/reset HTTP/1.1", "", headers).status())
          .as(String.join(" + ", hosts))
          .isIn(400, 421);
    }
    // A request target in absolute form names the host too.
    assertThat(
            RawHttp.send(
                    sb,
                    "POST http://evil.example:" + port + "/_sandbox/reset HTTP/1.1",
                    "",
                    "Host: 127.0.0.1:" + port,
                    ADMIN)
                .status())
        .isEqualTo(421);
    assertUnchanged();
  }

  @Test
  void theLoopbackNamesWithThePortAreServed() {
    for (String host :
        new String[] {
          "127.0.0.1:" + port, "localhost:" + port, "LocalHost:" + port, "[::1]:" + port
        }) {
      RawHttp.Res r =
          RawHttp.send(sb, "GET /_sandbox/health HTTP/1.1", null, "Host: " + host, ADMIN);
      assertThat(r.status()).as(host).isEqualTo(200);
      RawHttp.Res arm =
          RawHttp.send(
              sb,
              "GET " + RG + A + " HTTP/1.1",
              null,
              "Host: " + host,
              "Authorization: Bearer test-token");
      assertThat(arm.status()).as(host).isEqualTo(200);
    }
  }

  @Test
  void aPreflightGetsNoCorsApproval() {
    for (String path : new String[] {"/_sandbox/reset", RG + A, ROUTES}) {
      RawHttp.Res r =
          RawHttp.send(
              sb,
              "OPTIONS " + path + " HTTP/1.1",
              null,
              "Host: 127.0.0.1:" + port,
              "Origin: https://evil.example",
              "Access-Control-Request-Method: POST",
              "Access-Control-Request-Headers: x-dtplan-sandbox, content-type");
      assertThat(r.status()).as(path).isEqualTo(403);
      assertThat(r.headers().keySet()).as(path).noneMatch(h -> h.startsWith("access-control-"));
    }
    assertUnchanged();
  }
}
