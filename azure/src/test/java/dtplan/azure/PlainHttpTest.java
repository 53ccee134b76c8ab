package dtplan.azure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;

/** Only a plain-http sandbox's clients skip the JDK's default TLS context (and its trust store). */
class PlainHttpTest {
  @Test
  void anHttpUrlGetsAContextOfItsOwn() throws Exception {
    SSLContext context =
        PlainHttp.builderFor(URI.create("http://127.0.0.1:8080/")).build().sslContext();

    assertThat(context).isNotSameAs(SSLContext.getDefault());
  }

  @Test
  void anHttpsUrlKeepsTheDefault() throws Exception {
    SSLContext context =
        PlainHttp.builderFor(URI.create("HTTPS://sandbox.example/")).build().sslContext();

    assertThat(context).isSameAs(SSLContext.getDefault());
  }
}
