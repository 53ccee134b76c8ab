package dtplan.azure;

import com.azure.resourcemanager.msi.fluent.models.IdentityInner;
import dtplan.model.ArmId;
import dtplan.model.UserIdentity;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** User-assigned identities between the SDK's typed model and the model. */
final class UserIdentityJson {
  private UserIdentityJson() {}

  static UserIdentity fromArm(IdentityInner inner) {
    return new UserIdentity(
        ArmId.normalize(inner.id()),
        Normalise.location(inner.location()),
        inner.tags() == null ? Map.of() : new TreeMap<>(inner.tags()),
        text(inner.principalId()),
        text(inner.clientId()));
  }

  static IdentityInner putBody(UserIdentity desired) {
    IdentityInner inner = new IdentityInner().withLocation(desired.location());
    inner.withTags(new TreeMap<>(desired.tags()));
    return inner;
  }

  private static String text(UUID uuid) {
    return uuid == null ? null : uuid.toString();
  }
}
