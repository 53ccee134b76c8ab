package dtplan.spec;

import dtplan.diag.SourceLocation;
import java.util.Map;

/** A user-assigned managed identity the stack manages. */
public record IdentitySpec(
    String key, String name, Map<String, String> tags, Lifecycle lifecycle, SourceLocation at) {
  public IdentitySpec {
    tags = Sorted.copy(tags);
    lifecycle = lifecycle == null ? Lifecycle.NONE : lifecycle;
  }
}
