package dtplan.provider;

import dtplan.model.RoleAssignment;
import java.util.List;

/**
 * Who runs dtplan, as Azure sees it: the object id of the token's principal ({@code oid} claim) and
 * the role assignments that apply to it (Azure's {@code assignedTo()} filter, which also returns
 * assignments to groups the principal is in, so their principal id may be a group's). {@code
 * principalId} is null when the credential's token did not say.
 */
public record Caller(String principalId, List<RoleAssignment> assignments) {
  public static final Caller UNKNOWN = new Caller(null, List.of());

  public Caller {
    assignments = assignments == null ? List.of() : List.copyOf(assignments);
  }
}
