package dtplan.graph;

import dtplan.diag.Diagnostic;
import dtplan.diag.InvalidSpecException;
import dtplan.model.ArmId;
import dtplan.model.AuthType;
import dtplan.model.ResourceKind;
import dtplan.plan.Addresses;
import dtplan.spec.EndpointSpec;
import dtplan.spec.IdentitySpec;
import dtplan.spec.InstanceSpec;
import dtplan.spec.RoleAssignmentSpec;
import dtplan.spec.RoleSpec;
import dtplan.spec.RouteSpec;
import dtplan.spec.Spec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedAcyclicGraph;

/**
 * Builds the graph of a valid spec. An edge A → B means B refers to A or must come after it:
 * identities before the instances that link them, an identity before the role assignments for it,
 * those before the identity-based endpoints whose destination they cover, endpoints before their
 * routes.
 */
public final class GraphBuilder {
  private final DirectedAcyclicGraph<SpecNode, DefaultEdge> graph =
      new DirectedAcyclicGraph<>(DefaultEdge.class);
  private final Map<String, SpecNode> nodes = new HashMap<>();

  public static ResourceGraph build(Spec spec) throws InvalidSpecException {
    return new GraphBuilder().add(spec);
  }

  private ResourceGraph add(Spec spec) throws InvalidSpecException {
    for (IdentitySpec identity : spec.identities().values()) {
      node(Addresses.identity(identity.key()), ResourceKind.USER_IDENTITY, identity.at());
    }
    for (InstanceSpec instance : spec.instances().values()) {
      String address = Addresses.instance(instance.key());
      node(address, ResourceKind.INSTANCE, instance.at());
      for (String user : instance.userIdentities()) {
        edge(Addresses.identity(user), address);
      }
      for (int i = 0; i < instance.roles().size(); i++) {
        RoleSpec role = instance.roles().get(i);
        String roleAddress = Addresses.instanceRole(instance.key(), i);
        node(roleAddress, ResourceKind.ROLE_ASSIGNMENT, role.at());
        edge(principalAddress(instance, role.identity()), roleAddress);
      }
    }
    for (RoleAssignmentSpec a : spec.roleAssignments().values()) {
      String address = Addresses.roleAssignment(a.key());
      node(address, ResourceKind.ROLE_ASSIGNMENT, a.at());
      edge(
          a.principalIsInstance()
              ? Addresses.instance(a.principalKey())
              : Addresses.identity(a.principalKey()),
          address);
    }
    for (InstanceSpec instance : spec.instances().values()) {
      for (EndpointSpec e : instance.endpoints().values()) {
        String address = Addresses.endpoint(instance.key(), e.name());
        node(address, ResourceKind.ENDPOINT, e.at());
        edge(Addresses.instance(instance.key()), address);
        if (e.auth() == AuthType.IDENTITY) {
          linkGrantingRoles(spec, instance, e, address);
        }
      }
      for (RouteSpec r : instance.routes().values()) {
        String address = Addresses.route(instance.key(), r.name());
        node(address, ResourceKind.ROUTE, r.at());
        edge(Addresses.endpoint(instance.key(), r.endpoint()), address);
      }
    }
    return new ResourceGraph(graph);
  }

  /**
   * Role assignments for the endpoint's identity whose scope covers its destination or dead-letter.
   */
  private void linkGrantingRoles(Spec spec, InstanceSpec instance, EndpointSpec e, String endpoint)
      throws InvalidSpecException {
    String principal = principalAddress(instance, e.identity());
    for (int i = 0; i < instance.roles().size(); i++) {
      RoleSpec role = instance.roles().get(i);
      if (principalAddress(instance, role.identity()).equals(principal)
          && covers(role.scope(), e)) {
        edge(Addresses.instanceRole(instance.key(), i), endpoint);
      }
    }
    for (RoleAssignmentSpec a : spec.roleAssignments().values()) {
      String from =
          a.principalIsInstance()
              ? Addresses.instance(a.principalKey())
              : Addresses.identity(a.principalKey());
      if (from.equals(principal) && covers(a.scope(), e)) {
        edge(Addresses.roleAssignment(a.key()), endpoint);
      }
    }
  }

  private static boolean covers(String scope, EndpointSpec e) {
    return List.of(nullToEmpty(e.destination()), nullToEmpty(e.deadLetterContainer())).stream()
        .anyMatch(target -> !target.isEmpty() && ArmId.isAtOrBelow(target, scope));
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  private static String principalAddress(InstanceSpec instance, String identity) {
    return RoleSpec.SYSTEM.equals(identity)
        ? Addresses.instance(instance.key())
        : Addresses.identity(identity);
  }

  private void node(String address, ResourceKind kind, dtplan.diag.SourceLocation at) {
    SpecNode n = new SpecNode(address, kind, at);
    nodes.put(address, n);
    graph.addVertex(n);
  }

  private void edge(String from, String to) throws InvalidSpecException {
    SpecNode a = nodes.get(from);
    SpecNode b = nodes.get(to);
    if (a == null || b == null) {
      return; // Unresolved references are SpecRules' to report; a valid spec has none.
    }
    try {
      graph.addEdge(a, b);
    } catch (IllegalArgumentException cycle) {
      throw new InvalidSpecException(
          List.of(
              Diagnostic.error(
                  b.at(),
                  "reference cycle: "
                      + to
                      + " depends on "
                      + from
                      + ", which already depends on "
                      + to
                      + " ("
                      + a.at()
                      + ")",
                  "break the cycle; dtplan creates resources in dependency order")));
    }
  }
}
