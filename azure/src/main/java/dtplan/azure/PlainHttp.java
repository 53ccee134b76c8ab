package dtplan.azure;

import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import com.azure.core.util.SharedExecutorService;
import java.net.URI;
import java.net.http.HttpClient;
import java.security.GeneralSecurityException;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;

/**
 * JDK HTTP clients for a sandbox reached over plain http. The JDK client builds the default TLS
 * context as it is created, whether it will ever make a handshake or not, and that loads the JDK's
 * trust store (about 150 certificates): a sixth of the main thread of a cold {@code plan} on the
 * embedded sandbox (JFR). A sandbox over http is reached only at its own URL (its data plane and
 * blob service too), so its clients get a TLS context without trust material instead: an https call
 * through one would fail its handshake, never go unchecked.
 */
public final class PlainHttp {
  private PlainHttp() {}

  /** True for an http URL: all a sandbox connection to it calls is plain http. */
  public static boolean isPlain(URI url) {
    return "http".equalsIgnoreCase(url.getScheme());
  }

  /**
   * A builder for a client that only calls {@code url}'s server: the JDK's default, without loading
   * the trust store when {@code url} is plain http.
   */
  public static HttpClient.Builder builderFor(URI url) {
    HttpClient.Builder builder = HttpClient.newBuilder();
    return isPlain(url) ? builder.sslContext(NoTrust.CONTEXT) : builder;
  }

  /**
   * The SDK's JDK client builder for a connection to {@code url}: as {@code new
   * JdkHttpClientBuilder()}, on the SDK's shared executor, which it picks only when it makes the
   * JDK builder itself.
   */
  static JdkHttpClientBuilder sdkClientFor(URI url) {
    return isPlain(url)
        ? new JdkHttpClientBuilder(builderFor(url)).executor(SharedExecutorService.getInstance())
        : new JdkHttpClientBuilder();
  }

  /** Built once, when first needed, as the JDK builds its default. */
  private static final class NoTrust {
    static final SSLContext CONTEXT = noTrust();
  }

  private static SSLContext noTrust() {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(new KeyManager[0], new TrustManager[0], null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot set up the JDK's TLS: " + e.getMessage(), e);
    }
  }
}
