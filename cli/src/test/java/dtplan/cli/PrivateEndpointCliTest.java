package dtplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, private endpoints, against the sandbox: dtplan creates the private endpoint and its DNS
 * zone group, the instance lists the connection Azure makes, a waiting connection is approved, and
 * dropping the private endpoint takes its connection along.
 */
class PrivateEndpointCliTest {
  static final String RG = "rg-examples";
  static final String NETWORK = LiveSandbox.groupPath(RG) + "/providers/Microsoft.Network";
  static final String SUBNET = NETWORK + "/virtualNetworks/vnet-examples/subnets/twins";
  static final String ZONE = NETWORK + "/privateDnsZones/privatelink.digitaltwins.azure.net";
  static final String PE = NETWORK + "/privateEndpoints/pe-twins";

  @TempDir Path work;

  static String spec(String privateEndpoints) {
    return """
        version: 1
        stack: private-links
        azure: {resourceGroup: rg-examples, location: westeurope}
        instances:
          pe-twins:
            privateEndpoints: %s
        """
        .formatted(privateEndpoints);
  }

  static String withZone() {
    return "{pe-twins: {subnet: " + SUBNET + ", dnsZone: " + ZONE + "}}";
  }

  @Test
  void appliesThePrivateEndpointWithItsZoneGroupAndPlansNoChanges() throws Exception {
    try (LiveSandbox sb = LiveSandbox.start()) {
      Path spec = Specs.write(work, "pe.yaml", spec(withZone()));
      Cli.Result apply = Cli.run("apply", spec.toString(), "--auto-approve", "--sandbox", sb.url());
      assertThat(apply.exit()).as(apply.toString()).isZero();

      JsonNode pe = sb.get(PE);
      JsonNode link = pe.path("properties").path("privateLinkServiceConnections").get(0);
      assertThat(link.path("properties").path("groupIds").get(0).asText()).isEqualTo("API");
      assertThat(pe.path("properties").path("subnet").path("id").asText())
          .isEqualToIgnoringCase(SUBNET);
      JsonNode zones = sb.get(PE + "/privateDnsZoneGroups/default");
      assertThat(
              zones
                  .path("properties")
                  .path("privateDnsZoneConfigs")
                  .get(0)
                  .path("properties")
                  .path("privateDnsZoneId")
                  .asText())
          .isEqualToIgnoringCase(ZONE);
      JsonNode connections =
          sb.instance(RG, "pe-twins").path("properties").path("privateEndpointConnections");
      assertThat(connections).hasSize(1);
      assertThat(
              connections
                  .get(0)
                  .path("properties")
                  .path("privateLinkServiceConnectionState")
                  .path("status")
                  .asText())
          .isEqualTo("Approved");

      Cli.Result plan =
          Cli.run("plan", spec.toString(), "--detailed-exitcode", "--sandbox", sb.url());
      assertThat(plan.exit()).as(plan.toString()).isZero();
      assertThat(plan.out()).contains("No changes");
    }
  }

  @Test
  void droppingTheDnsZoneDeletesTheZoneGroupInPlace() throws Exception {
    try (LiveSandbox sb = LiveSandbox.start()) {
      Path spec = Specs.write(work, "pe.yaml", spec(withZone()));
      assertThat(Cli.run("apply", spec.toString(), "--auto-approve", "--sandbox", sb.url()).exit())
          .isZero();
      Path noZone = Specs.write(work, "nozone.yaml", spec("{pe-twins: {subnet: " + SUBNET + "}}"));
      Cli.Result plan = Cli.run("plan", noZone.toString(), "--sandbox", sb.url());
      assertThat(plan.out()).as(plan.toString()).contains("will be updated in-place");
      Cli.Result apply =
          Cli.run("apply", noZone.toString(), "--auto-approve", "--sandbox", sb.url());
      assertThat(apply.exit()).as(apply.toString()).isZero();
      assertThat(sb.send("GET", PE + "/privateDnsZoneGroups/default", null).status())
          .isEqualTo(404);
      assertThat(
              Cli.run("plan", noZone.toString(), "--detailed-exitcode", "--sandbox", sb.url())
                  .exit())
          .isZero();
    }
  }

  @Test
  void aConnectionLeftPendingIsApprovedAndDroppingTheEndpointRemovesIt() throws Exception {
    try (LiveSandbox sb = LiveSandbox.start()) {
      Path spec = Specs.write(work, "pe.yaml", spec("{pe-twins: {subnet: " + SUBNET + "}}"));
      // The instance first, then a private endpoint made by someone who may not approve (manual).
      Path bare = Specs.write(work, "bare.yaml", spec("{}"));
      assertThat(Cli.run("apply", bare.toString(), "--auto-approve", "--sandbox", sb.url()).exit())
          .isZero();
      String instanceId = sb.instance(RG, "pe-twins").path("id").asText();
      LiveSandbox.Res made =
          sb.send(
              "PUT",
              PE,
              """
              {"location": "westeurope", "tags": {"dtplan-stack": "private-links"},
               "properties": {"subnet": {"id": "%s"},
                 "manualPrivateLinkServiceConnections": [{"name": "pe-twins",
                   "properties": {"privateLinkServiceId": "%s", "groupIds": ["API"],
                                  "requestMessage": "please approve"}}]}}
              """
                  .formatted(SUBNET, instanceId));
      assertThat(made.status()).as(made.body()).isIn(200, 201);
      assertThat(status(sb)).isEqualTo("Pending");

      Cli.Result plan = Cli.run("plan", spec.toString(), "--sandbox", sb.url());
      assertThat(plan.out())
          .as(plan.toString())
          .contains("private_endpoint_connection")
          .contains("\"Pending\" -> \"Approved\"");
      Cli.Result apply = Cli.run("apply", spec.toString(), "--auto-approve", "--sandbox", sb.url());
      assertThat(apply.exit()).as(apply.toString()).isZero();
      assertThat(status(sb)).isEqualTo("Approved");

      Cli.Result dropped =
          Cli.run("apply", bare.toString(), "--auto-approve", "--sandbox", sb.url());
      assertThat(dropped.exit()).as(dropped.toString()).isZero();
      assertThat(dropped.out()).contains("instances.pe-twins.privateEndpoints.pe-twins");
      assertThat(sb.send("GET", PE, null).status()).isEqualTo(404);
      assertThat(sb.instance(RG, "pe-twins").path("properties").path("privateEndpointConnections"))
          .isEmpty();
    }
  }

  @Test
  void aSubnetIdOfAnotherKindIsRefusedWithItsLocationAndNothingIsWritten() throws Exception {
    try (LiveSandbox sb = LiveSandbox.start()) {
      String vnet = NETWORK + "/virtualNetworks/vnet-examples";
      Path spec =
          Specs.write(
              work,
              "bad.yaml",
              spec("{pe-twins: {subnet: " + vnet + ", dnsZone: " + SUBNET + "}}"));
      Cli.Result apply = Cli.run("apply", spec.toString(), "--auto-approve", "--sandbox", sb.url());
      assertThat(apply.exit()).as(apply.toString()).isEqualTo(1);
      assertThat(apply.err())
          .contains("bad.yaml:6:43:")
          .contains("names a virtual network, expected a virtual network subnet")
          .contains("names a virtual network subnet, expected a private DNS zone")
          .doesNotContain("Exception");
      assertThat(sb.instances(RG)).doesNotContain("pe-twins");
    }
  }

  private static String status(LiveSandbox sb) {
    return sb.instance(RG, "pe-twins")
        .path("properties")
        .path("privateEndpointConnections")
        .get(0)
        .path("properties")
        .path("privateLinkServiceConnectionState")
        .path("status")
        .asText();
  }
}
