package dtplan.plan;

import dtplan.model.Resource;
import dtplan.model.ResourceKind;
import java.util.List;
import java.util.Map;

/**
 * One change of a plan.
 *
 * <p>{@code before} is the live resource (null for CREATE); {@code after} is the desired resource
 * (null for DELETE). For REPLACE both are set: the old one is deleted, then the new one created.
 * {@code unknowns} maps attributes of {@code after} that only apply can know to the address whose
 * result provides them (a role assignment's {@code principalId} comes from {@code
 * instances.factory} once its system identity exists).
 */
public record PlannedChange(
    ResourceAddress address,
    ResourceKind kind,
    Action action,
    Reason reason,
    List<AttributeChange> attributes,
    Resource before,
    Resource after,
    Map<String, ResourceAddress> unknowns) {
  public PlannedChange {
    attributes = List.copyOf(attributes);
    unknowns = Map.copyOf(unknowns);
  }

  /** The Azure id of what the change touches. */
  public String id() {
    return after != null ? after.id() : before.id();
  }

  public List<AttributeChange> changedAttributes() {
    return attributes.stream().filter(AttributeChange::changed).toList();
  }

  public List<String> replacePaths() {
    return attributes.stream()
        .filter(AttributeChange::forcesReplacement)
        .map(AttributeChange::path)
        .toList();
  }
}
