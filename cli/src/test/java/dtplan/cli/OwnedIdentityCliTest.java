package dtplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, identities a stack owns, against the sandbox: an identity the stack created is deleted
 * when the spec drops it (no more leak); one made by hand and adopted is only unlinked.
 */
class OwnedIdentityCliTest {
  static final String RG = "rg-examples";

  @TempDir Path work;

  static String spec(String identity, boolean named) {
    return """
        version: 1
        stack: owned-ids
        azure: {resourceGroup: rg-examples, location: westeurope}
        %s
        instances:
          owned-twins:
            identity: {user: [%s]}
        """
        .formatted(named ? "identities:\n  " + identity + ": {}" : "", named ? identity : "")
        .replace("identity: {user: []}", "identity: {system: false}");
  }

  static String identityPath(String name) {
    return LiveSandbox.groupPath(RG)
        + "/providers/Microsoft.ManagedIdentity/userAssignedIdentities/"
        + name;
  }

  @Test
  void anIdentityTheStackCreatedIsDeletedWhenTheSpecDropsIt() throws Exception {
    try (LiveSandbox sb = LiveSandbox.start()) {
      Path named = Specs.write(work, "named.yaml", spec("ingest", true));
      Cli.Result apply =
          Cli.run("apply", named.toString(), "--auto-approve", "--sandbox", sb.url());
      assertThat(apply.exit()).as(apply.toString()).isZero();
      assertThat(sb.send("GET", identityPath("ingest"), null).status()).isEqualTo(200);

      Path dropped = Specs.write(work, "dropped.yaml", spec("ingest", false));
      Cli.Result plan = Cli.run("plan", dropped.toString(), "--sandbox", sb.url());
      assertThat(plan.out())
          .as(plan.toString())
          .contains("identities.ingest will be destroyed")
          .contains("identities.ingest: deletes this identity, which the stack created");
      Cli.Result again =
          Cli.run("apply", dropped.toString(), "--auto-approve", "--sandbox", sb.url());
      assertThat(again.exit()).as(again.toString()).isZero();
      assertThat(sb.send("GET", identityPath("ingest"), null).status()).isEqualTo(404);
      Cli.Result converged =
          Cli.run("plan", dropped.toString(), "--detailed-exitcode", "--sandbox", sb.url());
      assertThat(converged.exit()).as(converged.toString()).isZero();
    }
  }

  @Test
  void anIdentityMadeByHandAndAdoptedIsOnlyUnlinked() throws Exception {
    try (LiveSandbox sb = LiveSandbox.start()) {
      LiveSandbox.Res made =
          sb.send("PUT", identityPath("shared-id"), "{\"location\": \"westeurope\"}");
      assertThat(made.status()).as(made.body()).isIn(200, 201);
      Path named = Specs.write(work, "named.yaml", spec("shared-id", true));
      assertThat(Cli.run("apply", named.toString(), "--auto-approve", "--sandbox", sb.url()).exit())
          .isZero();

      Path dropped = Specs.write(work, "dropped.yaml", spec("shared-id", false));
      Cli.Result plan = Cli.run("plan", dropped.toString(), "--sandbox", sb.url());
      assertThat(plan.out()).as(plan.toString()).doesNotContain("shared-id will be destroyed");
      assertThat(
              Cli.run("apply", dropped.toString(), "--auto-approve", "--sandbox", sb.url()).exit())
          .isZero();
      assertThat(sb.send("GET", identityPath("shared-id"), null).status()).isEqualTo(200);
      assertThat(
              sb.instance(RG, "owned-twins").path("identity").path("userAssignedIdentities").size())
          .isZero();
    }
  }
}
