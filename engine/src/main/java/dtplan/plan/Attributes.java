package dtplan.plan;

import dtplan.model.AuthType;
import dtplan.model.Endpoint;
import dtplan.model.EndpointType;
import dtplan.model.Instance;
import dtplan.model.Resource;
import dtplan.model.RoleAssignment;
import dtplan.model.RoleDefinitions;
import dtplan.model.Route;
import dtplan.model.UserIdentity;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The attributes dtplan manages, per resource, in the order plans print them. Anything not listed
 * here is not managed and never shows up as a difference.
 */
final class Attributes {
  /**
   * A key-based Event Hubs or Service Bus endpoint's destination, {@code sb://<host>/<entity>},
   * read from its connection string. Azure never returns the string, so only the desired side has
   * it; {@link Differ} gives the live side the same value when the secret is the same one.
   */
  static final String DESTINATION = "destination";

  static final String CONNECTION_STRING = "connectionString";

  private Attributes() {}

  /**
   * @param secretFingerprints an endpoint's secret fingerprints by field ({@code primary}, …):
   *     computed from the spec for desired state, decoded from the instance tag for live state
   */
  static Map<String, Value> of(
      Resource resource, Map<String, String> unknowns, Map<String, String> secretFingerprints) {
    Map<String, Value> a = new LinkedHashMap<>();
    if (resource instanceof UserIdentity u) {
      a.put("name", Value.of(u.name()));
      a.put("location", Value.of(u.location()));
      tags(a, u.tags());
    } else if (resource instanceof Instance i) {
      a.put("name", Value.of(i.name()));
      a.put("location", Value.of(i.location()));
      a.put("identity.system", Value.of(Boolean.toString(i.identity().system())));
      a.put(
          "identity.user",
          i.identity().userAssigned().isEmpty()
              ? null
              : Value.of(String.join(", ", i.identity().userAssigned())));
      a.put("publicNetworkAccess", Value.of(i.publicNetworkAccess()));
      tags(a, i.tags());
    } else if (resource instanceof RoleAssignment r) {
      a.put("role", Value.of(RoleDefinitions.displayName(r.roleDefinitionId())));
      a.put("scope", Value.of(r.scope()));
      a.put(
          "principalId",
          unknowns.containsKey(DesiredStateBuilder.UNKNOWN_PRINCIPAL)
              ? Value.unknown(unknowns.get(DesiredStateBuilder.UNKNOWN_PRINCIPAL) + ".principalId")
              : Value.of(r.principalId()));
    } else if (resource instanceof Endpoint e) {
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
      secret(a, eventGrid ? "accessKey" : CONNECTION_STRING, secretFingerprints.get("primary"));
      secret(
          a,
          eventGrid ? "secondaryAccessKey" : "secondaryConnectionString",
          secretFingerprints.get("secondary"));
      secret(a, "deadLetter.secret", secretFingerprints.get("deadLetter"));
    } else if (resource instanceof Route r) {
      a.put("endpoint", Value.of(r.endpointName()));
      a.put("filter", Value.of(r.filter()));
    }
    a.values().removeIf(java.util.Objects::isNull);
    return a;
  }

  /** The applied-hash tag is bookkeeping: it changes exactly when other attributes do. */
  private static void tags(Map<String, Value> a, Map<String, String> tags) {
    tags.forEach(
        (k, v) -> {
          if (!k.equals(AppliedHash.TAG)) {
            a.put("tags." + k, k.startsWith(SecretTags.PREFIX) ? Value.sensitive(v) : Value.of(v));
          }
        });
  }

  private static void secret(Map<String, Value> a, String name, String fingerprint) {
    if (fingerprint != null) {
      a.put(name, Value.sensitive(fingerprint));
    }
  }
}
