package dtplan.azure;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.identity.CredentialUnavailableException;
import org.junit.jupiter.api.Test;

class NoCredentialsMessageTest {
  @Test
  void missingCredentialsSayWhatToDoInsteadOfLookingLikeANetworkFailure() {
    RuntimeException wrapped =
        new RuntimeException(
            "reactor wrapper",
            new CredentialUnavailableException(
                "EnvironmentCredential authentication unavailable."));
    AzureCallException e =
        ConnectionFailures.describe(
            wrapped, "Azure Resource Manager", "https://management.azure.com/");
    assertThat(e.getMessage()).startsWith("no usable Azure credentials").contains("az login");
    assertThat(e.getMessage()).doesNotContain("Connection to");
  }
}
