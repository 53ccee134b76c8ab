package dtplan.model;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A value that must never be shown. {@link #toString()} is safe to print anywhere; only {@link
 * #reveal()} gives the value: the provider calls it when it writes to Azure, and {@link
 * ConnectionString#parse} reads a connection string's destination from it, keeping nothing of the
 * key. {@link #source()} says where the value came from (for example {@code ${env:ALERTS_SB}}),
 * which is what a saved plan stores instead of the value.
 */
public final class Secret {
  private final String value;
  private final String source;

  private Secret(String value, String source) {
    this.value = Objects.requireNonNull(value, "value");
    this.source = Objects.requireNonNull(source, "source");
  }

  public static Secret of(String value, String source) {
    return new Secret(value, source);
  }

  public String reveal() {
    return value;
  }

  public String source() {
    return source;
  }

  /**
   * A salted HMAC-SHA256 of the value: stable for the same value and salt, useless for recovering
   * the value. Used to notice a changed secret without reading it back from Azure.
   */
  public String fingerprint(String salt) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(salt.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] digest = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Secret other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return "(sensitive value)";
  }
}
