package dtplan.plan;

import dtplan.model.ArmId;
import dtplan.model.AuthType;
import dtplan.model.ConnectionString;
import dtplan.model.EndpointType;
import dtplan.model.Secret;
import dtplan.spec.EndpointSpec;
import java.util.List;

/**
 * A key-based Event Hubs or Service Bus endpoint sends where its connection string says, whatever
 * the spec's {@code eventhub:}/{@code topic:} names. Validate checks connection strings written
 * into the spec; one from {@code ${env:…}} or {@code ${var.…}} is only known now. So here: one that
 * is no connection string is a {@code CONNECTION_STRING_INVALID} error (Azure would refuse it, or
 * deliver nowhere), and one whose namespace or entity differs from the ARM id the spec names is a
 * {@code DESTINATION_MISMATCH} warning. Messages name where the value came from, never the value.
 */
public final class ConnectionStringChecks {
  private ConnectionStringChecks() {}

  static void check(String address, EndpointSpec e, List<Consequence> consequences) {
    if (e.auth() != AuthType.KEY || e.type() == EndpointType.EVENT_GRID) {
      return;
    }
    check(address, e, e.secrets().primary(), "connection string", consequences);
    check(address, e, e.secrets().secondary(), "secondary connection string", consequences);
  }

  private static void check(
      String address, EndpointSpec e, Secret secret, String what, List<Consequence> out) {
    if (secret == null) {
      return;
    }
    String named = "the " + what + " (" + secret.source() + ")";
    ConnectionString.Parsed parsed = ConnectionString.parse(secret.reveal());
    if (!parsed.ok()) {
      out.add(
          Consequence.error(
              Consequence.Code.CONNECTION_STRING_INVALID,
              address,
              named + " " + parsed.problem() + "; expected " + ConnectionString.SHAPE));
      return;
    }
    if (e.destination() == null) {
      return;
    }
    ConnectionString cs = parsed.value();
    String namespace = ArmId.segment(e.destination(), "namespaces");
    String entity = ArmId.lastSegment(e.destination());
    if (namespace == null
        || (cs.namespace().equalsIgnoreCase(namespace)
            && cs.entityPath().equalsIgnoreCase(entity))) {
      return;
    }
    String field = e.type() == EndpointType.EVENT_HUB ? "eventhub" : "topic";
    out.add(
        Consequence.warning(
            Consequence.Code.DESTINATION_MISMATCH,
            address,
            named
                + " sends to namespace "
                + cs.namespace()
                + ", entity "
                + cs.entityPath()
                + ", but `"
                + field
                + "` names namespace "
                + namespace
                + ", entity "
                + entity
                + ": events go where the connection string says"));
  }

  /** What a plan shows as a key-based endpoint's destination; null when there is none to show. */
  public static String destination(Secret primary) {
    if (primary == null) {
      return null;
    }
    ConnectionString.Parsed parsed = ConnectionString.parse(primary.reveal());
    return parsed.ok() ? parsed.value().display() : null;
  }
}
