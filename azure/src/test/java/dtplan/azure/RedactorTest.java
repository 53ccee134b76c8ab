package dtplan.azure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of secret dtplan's HTTP log could meet, and what the log shows instead. */
class RedactorTest {
  static final String CANARY = "CanaryRedact0123456789";

  static Stream<Arguments> bodies() {
    return Stream.of(
        Arguments.of(
            "Event Hubs connection strings by their x-ms-secret names",
            "{\"properties\":{\"endpointType\":\"EventHub\",\"connectionStringPrimaryKey\":\"Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=s;SharedAccessKey="
                + CANARY
                + ";EntityPath=h\",\"connectionStringSecondaryKey\":\""
                + CANARY
                + "\"}}",
            "\"endpointType\":\"EventHub\""),
        Arguments.of(
            "Service Bus connection strings",
            "{\"properties\":{\"primaryConnectionString\":\"x"
                + CANARY
                + "\",\"secondaryConnectionString\":\""
                + CANARY
                + "\"}}",
            "\"primaryConnectionString\":\"(redacted)\""),
        Arguments.of(
            "Event Grid access keys",
            "{\"properties\":{\"accessKey1\":\""
                + CANARY
                + "\",\"accessKey2\":\""
                + CANARY
                + "\"}}",
            "\"accessKey1\":\"(redacted)\""),
        Arguments.of(
            "the dead-letter SAS URL",
            "{\"properties\":{\"deadLetterSecret\":\"https://st.blob.core.windows.net/dl?sv=1&sig="
                + CANARY
                + "\"}}",
            "\"deadLetterSecret\":\"(redacted)\""),
        Arguments.of(
            "a connection string under a name no list knows",
            "{\"note\":\"Endpoint=sb://ns/;SharedAccessKeyName=s;SharedAccessKey=" + CANARY + "\"}",
            "SharedAccessKeyName=s;SharedAccessKey=(redacted)"),
        Arguments.of(
            "a SAS signature inside an error message",
            "{\"error\":{\"message\":\"bad url https://x/c?sp=w&sig=" + CANARY + "&se=1\"}}",
            "sig=(redacted)&se=1"),
        Arguments.of(
            "a token in a field named for it",
            "{\"access_token\":\"" + CANARY + "\",\"expires_in\":3600}",
            "\"expires_in\":3600"),
        Arguments.of(
            "a JSON Web Token anywhere",
            "{\"value\":[\"eyJhbGciOiJub25lIn0.eyJvaWQiOiIx" + CANARY + "\"]}",
            "\"value\":[\"(redacted)\"]"),
        Arguments.of(
            "a body that is not JSON is not shown at all", "key=" + CANARY, "not JSON: not shown"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bodies")
  void bodiesKeepTheirShapeAndLoseTheirSecrets(String why, String body, String shown) {
    String redacted = Redactor.body(body);
    assertThat(redacted).as(why).doesNotContain(CANARY).contains(shown);
  }

  static Stream<Arguments> headers() {
    return Stream.of(
        Arguments.of("Authorization", "Bearer eyJhbGciOiJub25lIn0." + CANARY + "."),
        Arguments.of("x-ms-authorization-auxiliary", "Bearer " + CANARY),
        Arguments.of("Cookie", "session=" + CANARY),
        Arguments.of("x-custom", "SharedAccessSignature sr=x&sig=" + CANARY),
        Arguments.of("Ocp-Apim-Subscription-Key", CANARY));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("headers")
  void credentialHeadersAreRedacted(String name, String value) {
    assertThat(Redactor.header(name, value)).doesNotContain(CANARY);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("urls")
  void urlsKeepEverythingButCredentials(String url, String shown) {
    assertThat(Redactor.url(url)).doesNotContain(CANARY).contains(shown);
  }

  static Stream<Arguments> urls() {
    return Stream.of(
        Arguments.of(
            "https://st.blob.core.windows.net/dl?sv=2022&sp=w&sig=" + CANARY,
            "https://st.blob.core.windows.net/dl?sv=2022&sp=w&sig=(redacted)"),
        Arguments.of(
            "https://management.azure.com/subscriptions/s/resourceGroups/rg?api-version=2023-01-31&password="
                + CANARY
                + "&token="
                + CANARY,
            "api-version=2023-01-31"),
        Arguments.of(
            "https://management.azure.com/x?$filter=principalId%20eq%20'1'",
            "https://management.azure.com/x?$filter=principalId%20eq%20'1'"));
  }
}
