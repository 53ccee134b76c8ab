package dtplan.azure;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.core.credential.TokenCredential;
import com.azure.identity.CredentialUnavailableException;
import java.net.URI;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** Who calls, from the token: the sandbox's unsigned JWT, and no token at all. */
class CallerObjectIdTest {
  static final String OID = "c0ffee00-0000-4000-8000-00000000ca11";

  @Test
  void theSandboxTokenNamesTheCaller() {
    AzureConnection c =
        AzureConnection.sandbox(
            URI.create("http://127.0.0.1:1/"), "00000000-0000-0000-0000-000000000000", OID);
    assertThat(c.callerObjectId()).isEqualTo(OID);
  }

  @Test
  void aTokenThatIsNoJwtNamesNoOne() {
    assertThat(CallerToken.objectId("sandbox-token")).isNull();
    assertThat(CallerToken.objectId("a.%%%.b")).isNull();
  }

  @Test
  void missingCredentialsLeaveTheCallerUnknownForTheFirstArmCallToReport() {
    TokenCredential none =
        request ->
            Mono.error(new CredentialUnavailableException("EnvironmentCredential unavailable."));
    AzureConnection c = AzureConnection.azure("00000000-0000-0000-0000-000000000000", none);
    assertThat(c.callerObjectId()).isNull();
  }
}
