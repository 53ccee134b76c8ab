package dtplan.plan.kinds;

import dtplan.model.Resource;
import dtplan.model.ResourceKind;
import dtplan.plan.LiveIndex;
import dtplan.plan.Reason;
import dtplan.plan.ResourceAddress;
import dtplan.plan.Value;
import java.util.Map;
import java.util.Optional;

/**
 * What planning knows about one kind of resource, in one place: its name in plans, the attributes
 * dtplan manages, what Azure cannot change in place, how its live twin is found, and where it
 * lives. {@link Kinds} holds one per {@link ResourceKind}; planning dispatches through it instead
 * of testing a resource's type. (Ordering rules relate two kinds, so they live in {@code
 * dtplan.plan.order}, one file per rule.)
 */
public interface PlanKind<R extends Resource> {
  ResourceKind kind();

  /** The kind's name in plans and JSON ({@code role_assignment}). */
  String displayName();

  /**
   * The attributes dtplan manages, in the order plans print them. Anything not listed is not
   * managed and never shows up as a difference. A new modifiable map each call, which the caller
   * owns: planning drops the absent (null) ones from it in place rather than copy it (issue 19).
   *
   * @param unknowns attributes only apply can know, and the address whose result provides each
   * @param secretFingerprints secret fingerprints by field ({@code primary}, …): computed from the
   *     spec for desired state, decoded from the instance tag for live state
   */
  Map<String, Value> attributes(
      R resource, Map<String, ResourceAddress> unknowns, Map<String, String> secretFingerprints);

  /**
   * The attributes Azure cannot change in place, each with the reason a plan gives. Order matters:
   * the first changed attribute names the reason.
   */
  default Map<String, Reason> replacedWhenChanged() {
    return Map.of();
  }

  /** The live resource that the desired one would become, if Azure has it. */
  Optional<R> findLive(R desired, LiveIndex live);

  /** The instance the resource lives in (its ARM id), or null if it lives on its own. */
  default String instanceId(R resource) {
    return null;
  }

  /**
   * Whether it stays when the instance it lives in is deleted (Azure deletes endpoints and routes
   * with their instance, but not a private endpoint, which only loses its connection): then a
   * replaced instance replaces it too, instead of creating it anew.
   */
  default boolean outlivesInstance() {
    return false;
  }

  /** Its tags, or null for a kind that has none (and so carries no stack tag). */
  default Map<String, String> tags(R resource) {
    return null;
  }

  /** What a stack manages of it from the moment it adopts one made outside dtplan. */
  default String managedOnceAdopted() {
    return "its tags";
  }

  /** Its provisioning state, or null for a kind without long-running operations. */
  default String provisioningState(R resource) {
    return null;
  }

  /** Whether live state was changed outside dtplan since dtplan last wrote it, if it can tell. */
  default boolean driftedOutside(R live) {
    return false;
  }

  /** Why it is updated, where its kind knows better than "differs from the spec"; else null. */
  default Reason updateReason(R live) {
    return null;
  }

  /** Secret fingerprints the spec gives it, by field. */
  default Map<String, String> desiredSecrets(R desired) {
    return Map.of();
  }

  /** Secret fingerprints recorded for the live resource, by field. */
  default Map<String, String> liveSecrets(R live, LiveIndex index) {
    return Map.of();
  }

  /**
   * Whether its ARM id is known before apply (a new role assignment's name depends on its
   * principal).
   */
  default boolean idKnown(R resource) {
    return true;
  }

  /**
   * The resource for the principal apply learned ({@code principalId} was "known after apply"):
   * where the principal is part of the name, the name too. Kinds without such an attribute keep the
   * resource as it is.
   */
  default R withPrincipal(R resource, String principalId) {
    return resource;
  }
}
