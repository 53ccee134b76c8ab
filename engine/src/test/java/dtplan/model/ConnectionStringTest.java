package dtplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What a connection string says about its destination, or what is wrong with it, by case. */
class ConnectionStringTest {
  static final String KEY = "c2VjcmV0S2V5Q2FuYXJ5";

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(
            "Azure's own shape",
            "Endpoint=sb://sb-x.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey="
                + KEY
                + ";EntityPath=alerts",
            "sb://sb-x.servicebus.windows.net/alerts"),
        Arguments.of(
            "names in any case, a trailing semicolon, a port, another cloud's suffix",
            "endpoint=sb://NS-X.servicebus.chinacloudapi.cn:5671/;sharedaccesskeyname=s;"
                + "SHAREDACCESSKEY="
                + KEY
                + ";entitypath=Telemetry;",
            "sb://ns-x.servicebus.chinacloudapi.cn/Telemetry"),
        Arguments.of(
            "a shared access signature instead of the key pair",
            "Endpoint=sb://ns.servicebus.windows.net/;SharedAccessSignature=SharedAccessSignature sr=x&sig="
                + KEY
                + ";EntityPath=hub",
            "sb://ns.servicebus.windows.net/hub"),
        Arguments.of("garbage", "garbage", "not a list of Name=value pairs"),
        Arguments.of("no Endpoint", "SharedAccessKey=" + KEY, "has no `Endpoint=sb://…`"),
        Arguments.of(
            "an https endpoint",
            "Endpoint=https://ns.servicebus.windows.net/;SharedAccessKeyName=s;SharedAccessKey="
                + KEY
                + ";EntityPath=hub",
            "not sb://"),
        Arguments.of(
            "an endpoint with a path",
            "Endpoint=sb://ns.servicebus.windows.net/hub;SharedAccessKeyName=s;SharedAccessKey="
                + KEY
                + ";EntityPath=hub",
            "not sb://"),
        Arguments.of(
            "a key name without a key",
            "Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=s;EntityPath=hub",
            "has no key"),
        Arguments.of(
            "a namespace-level string",
            "Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=s;SharedAccessKey=" + KEY,
            "has no `EntityPath`"),
        Arguments.of(
            "an entity path that is no entity name",
            "Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=s;SharedAccessKey="
                + KEY
                + ";EntityPath=a b",
            "not an event hub or topic name"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void parse(String why, String value, String expected) {
    ConnectionString.Parsed parsed = ConnectionString.parse(value);
    String said = parsed.ok() ? parsed.value().display() : parsed.problem();
    assertThat(said).as(why).contains(expected).doesNotContain(KEY);
  }
}
