package dtplan.plan.kinds;

import dtplan.model.ResourceKind;
import dtplan.model.RoleAssignment;
import dtplan.model.RoleAssignmentNames;
import dtplan.model.RoleDefinitions;
import dtplan.plan.LiveIndex;
import dtplan.plan.ResourceAddress;
import dtplan.plan.Value;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A role assignment. Everything that identifies it is in its name (derived from scope, principal
 * and role), so a changed scope, principal or role is another assignment: a deletion and a
 * creation, never a replacement.
 */
final class RoleAssignmentKind extends NamedKind<RoleAssignment> {
  RoleAssignmentKind() {
    super(ResourceKind.ROLE_ASSIGNMENT, "role_assignment");
  }

  @Override
  public Map<String, Value> attributes(
      RoleAssignment r, Map<String, ResourceAddress> unknowns, Map<String, String> secrets) {
    Map<String, Value> a = new LinkedHashMap<>();
    a.put("role", Value.of(RoleDefinitions.displayName(r.roleDefinitionId())));
    a.put("scope", Value.of(r.scope()));
    a.put(RoleAssignment.PRINCIPAL_ID, principal(r.principalId(), unknowns));
    return a;
  }

  /** A grant's principal: as known, or "known after apply" from the step that creates it. */
  static Value principal(String principalId, Map<String, ResourceAddress> unknowns) {
    ResourceAddress source = unknowns.get(RoleAssignment.PRINCIPAL_ID);
    return source != null
        ? Value.unknown(source + "." + RoleAssignment.PRINCIPAL_ID)
        : Value.of(principalId);
  }

  @Override
  public Optional<RoleAssignment> findLive(RoleAssignment desired, LiveIndex live) {
    return live.sameGrant(desired);
  }

  @Override
  public boolean idKnown(RoleAssignment r) {
    return r.name() != null;
  }

  @Override
  public RoleAssignment withPrincipal(RoleAssignment ra, String principal) {
    return new RoleAssignment(
        ra.scope(),
        principal,
        ra.roleDefinitionId(),
        RoleAssignmentNames.of(ra.scope(), principal, ra.roleDefinitionId()),
        ra.description(),
        ra.principalType());
  }
}
