package dtplan.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.UUID;

/**
 * Names for the role assignments dtplan creates: a UUID v5 (RFC 4122, SHA-1) of scope, principal
 * and role, so the same assignment always gets the same name and a retried create cannot make a
 * second one.
 */
public final class RoleAssignmentNames {
  /** A fixed namespace UUID for dtplan's role assignment names. */
  private static final UUID NAMESPACE = UUID.fromString("5b0f6b4e-2f56-4b8c-9d8e-3c1f0a7d2e61");

  private RoleAssignmentNames() {}

  public static String of(String scope, String principalId, String roleDefinitionGuid) {
    String key =
        (ArmId.normalize(scope) + "|" + principalId + "|" + roleDefinitionGuid)
            .toLowerCase(Locale.ROOT);
    return uuidV5(NAMESPACE, key).toString();
  }

  /**
   * Cloned for each name: looking SHA-1 up among the security providers cost more than hashing, and
   * planning names every role assignment of a plan (issue 19). Never updated itself.
   */
  private static final MessageDigest SHA1 = sha1();

  static UUID uuidV5(UUID namespace, String name) {
    try {
      MessageDigest sha1 = (MessageDigest) SHA1.clone();
      sha1.update(toBytes(namespace));
      byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
      hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
      hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
      long msb = 0;
      long lsb = 0;
      for (int i = 0; i < 8; i++) {
        msb = (msb << 8) | (hash[i] & 0xff);
        lsb = (lsb << 8) | (hash[i + 8] & 0xff);
      }
      return new UUID(msb, lsb);
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("the JDK's SHA-1 can be cloned", e);
    }
  }

  private static MessageDigest sha1() {
    try {
      return MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is part of every JDK", e);
    }
  }

  private static byte[] toBytes(UUID uuid) {
    byte[] out = new byte[16];
    long msb = uuid.getMostSignificantBits();
    long lsb = uuid.getLeastSignificantBits();
    for (int i = 0; i < 8; i++) {
      out[i] = (byte) (msb >>> (8 * (7 - i)));
      out[i + 8] = (byte) (lsb >>> (8 * (7 - i)));
    }
    return out;
  }
}
