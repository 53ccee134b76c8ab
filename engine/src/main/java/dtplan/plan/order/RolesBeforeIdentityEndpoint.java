package dtplan.plan.order;

import dtplan.model.AuthType;
import dtplan.model.Endpoint;
import dtplan.model.RoleAssignment;
import dtplan.model.RoleDefinitions;

/**
 * The role assignments of an endpoint's identity before the identity-based endpoint, whatever their
 * scope (the endpoint holds its destination as a URI, not an ARM id a scope could be checked
 * against). Data-plane roles on twins are not needed to deliver.
 */
final class RolesBeforeIdentityEndpoint extends NamedRule {
  RolesBeforeIdentityEndpoint() {
    super(
        "roles-before-identity-endpoint",
        "an identity-based endpoint delivers nothing until its identity holds its roles");
  }

  @Override
  public boolean orders(Step first, Step then, PlanFacts facts) {
    return first.writes()
        && then.writes()
        && first.resource() instanceof RoleAssignment ra
        && then.resource() instanceof Endpoint e
        && e.auth() == AuthType.IDENTITY
        && facts.grantsToIdentityOf(first, e)
        && !RoleDefinitions.readsDigitalTwinsData(ra.roleDefinitionId());
  }
}
