package dtplan.plan.kinds;

import dtplan.model.AuthType;
import dtplan.model.Endpoint;
import dtplan.model.EndpointType;
import dtplan.model.ResourceKind;
import dtplan.plan.ConnectionStringChecks;
import dtplan.plan.LiveIndex;
import dtplan.plan.Reason;
import dtplan.plan.ResourceAddress;
import dtplan.plan.SecretTags;
import dtplan.plan.Value;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A digital twins endpoint: Event Hubs, Service Bus or Event Grid, by key or by identity. */
public final class EndpointKind extends NamedKind<Endpoint> {
  EndpointKind() {
    super(ResourceKind.ENDPOINT, "endpoint");
  }

  /**
   * A key-based Event Hubs or Service Bus endpoint's destination, {@code sb://<host>/<entity>},
   * read from its connection string. Azure never returns the string, so only the desired side has
   * it; {@code Differ} gives the live side the same value when the secret is the same one.
   */
  public static final String DESTINATION = "destination";

  public static final String CONNECTION_STRING = "connectionString";

  /**
   * What Azure cannot change in place, with the source of each rule (DOMAIN.md section 2):
   *
   * <ul>
   *   <li>{@code type}: assumed, the discriminator of a polymorphic resource (Terraform models each
   *       type as its own resource);
   *   <li>{@code authenticationType}: how-to-create-endpoints ("You cannot edit an endpoint that
   *       has already been created with key-based identity to change to identity-based"; the
   *       reverse is assumed symmetric);
   *   <li>{@code identity}, and the destination ({@code endpointUri}, {@code entityPath}, {@code
   *       topicEndpoint}): unverified, so the stricter reading, a replacement.
   * </ul>
   */
  private static final Map<String, Reason> REPLACED_WHEN_CHANGED = new LinkedHashMap<>();

  static {
    REPLACED_WHEN_CHANGED.put("type", Reason.ENDPOINT_TYPE_CANNOT_CHANGE);
    REPLACED_WHEN_CHANGED.put("authenticationType", Reason.AUTH_TYPE_CANNOT_CHANGE_IN_PLACE);
    REPLACED_WHEN_CHANGED.put("identity", Reason.IDENTITY_CANNOT_CHANGE);
    REPLACED_WHEN_CHANGED.put("endpointUri", Reason.DESTINATION_CANNOT_CHANGE);
    REPLACED_WHEN_CHANGED.put("entityPath", Reason.DESTINATION_CANNOT_CHANGE);
    REPLACED_WHEN_CHANGED.put("topicEndpoint", Reason.DESTINATION_CANNOT_CHANGE);
  }

  @Override
  public Map<String, Value> attributes(
      Endpoint e, Map<String, ResourceAddress> unknowns, Map<String, String> secrets) {
    Map<String, Value> a = new LinkedHashMap<>();
    a.put("type", Value.of(e.type().specName()));
    a.put("authenticationType", Value.of(e.auth().armName()));
    // Where a key-based endpoint sends is in its connection string: shown, the key never.
    a.put(
        DESTINATION,
        e.auth() == AuthType.KEY && e.type() != EndpointType.EVENT_GRID
            ? Value.of(ConnectionStringChecks.destination(e.secrets().primary()))
            : null);
    a.put("identity", e.identity() == null ? null : Value.of(e.identity().toString()));
    a.put("endpointUri", Value.of(e.endpointUri()));
    a.put("entityPath", Value.of(e.entityPath()));
    a.put("topicEndpoint", Value.of(e.topicEndpoint()));
    a.put("deadLetterUri", Value.of(e.deadLetterUri()));
    boolean eventGrid = e.type() == EndpointType.EVENT_GRID;
    secret(a, eventGrid ? "accessKey" : CONNECTION_STRING, secrets.get("primary"));
    secret(
        a,
        eventGrid ? "secondaryAccessKey" : "secondaryConnectionString",
        secrets.get("secondary"));
    secret(a, "deadLetter.secret", secrets.get("deadLetter"));
    return a;
  }

  private static void secret(Map<String, Value> a, String name, String fingerprint) {
    if (fingerprint != null) {
      a.put(name, Value.sensitive(fingerprint));
    }
  }

  @Override
  public Map<String, Reason> replacedWhenChanged() {
    return REPLACED_WHEN_CHANGED;
  }

  @Override
  public Optional<Endpoint> findLive(Endpoint desired, LiveIndex live) {
    // A loop, not a stream: asked once per endpoint of the plan (issue 19).
    for (Endpoint e : live.endpointsOf(desired.instanceId())) {
      if (e.name().equalsIgnoreCase(desired.name())) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  @Override
  public String instanceId(Endpoint e) {
    return e.instanceId();
  }

  @Override
  public String provisioningState(Endpoint e) {
    return e.provisioningState();
  }

  @Override
  public Map<String, String> desiredSecrets(Endpoint e) {
    return SecretTags.fingerprints(e.secrets(), e.instanceId());
  }

  /** Azure returns secrets masked: their fingerprints are kept in a tag of the instance. */
  @Override
  public Map<String, String> liveSecrets(Endpoint e, LiveIndex index) {
    return index
        .instance(e.instanceId())
        .map(i -> SecretTags.decode(i.tags().get(SecretTags.tagName(e.name()))))
        .orElse(Map.of());
  }
}
