package dtplan.plan;

import dtplan.diag.SourceLocation;
import dtplan.model.Resource;
import java.util.Map;

/**
 * A resource the spec asks for, with its address, its place in the spec, and the attributes only
 * apply can know (attribute name to the address that provides it).
 */
public record Desired(
    ResourceAddress address,
    Resource resource,
    Map<String, ResourceAddress> unknowns,
    SourceLocation at) {
  public Desired {
    unknowns = Map.copyOf(unknowns);
  }
}
