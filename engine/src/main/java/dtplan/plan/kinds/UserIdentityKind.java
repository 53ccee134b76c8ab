package dtplan.plan.kinds;

import dtplan.model.ResourceKind;
import dtplan.model.UserIdentity;
import dtplan.plan.LiveIndex;
import dtplan.plan.ResourceAddress;
import dtplan.plan.Value;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A user-assigned managed identity. */
final class UserIdentityKind extends NamedKind<UserIdentity> {
  UserIdentityKind() {
    super(ResourceKind.USER_IDENTITY, "identity");
  }

  @Override
  public Map<String, Value> attributes(
      UserIdentity u, Map<String, ResourceAddress> unknowns, Map<String, String> secrets) {
    Map<String, Value> a = new LinkedHashMap<>();
    a.put("name", Value.of(u.name()));
    a.put("location", Value.of(u.location()));
    Tags.put(a, u.tags());
    return a;
  }

  @Override
  public Optional<UserIdentity> findLive(UserIdentity desired, LiveIndex live) {
    return live.userIdentity(desired.id());
  }

  @Override
  public Map<String, String> tags(UserIdentity u) {
    return u.tags();
  }
}
