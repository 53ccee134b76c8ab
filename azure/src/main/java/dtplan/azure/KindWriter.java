package dtplan.azure;

import dtplan.model.Resource;
import dtplan.model.ResourceKind;

/**
 * The create, update and delete calls of one resource kind. {@link AzureProvider} keeps one per
 * {@link ResourceKind} and dispatches to it; nothing else branches on a resource's type.
 */
interface KindWriter<R extends Resource> {
  ResourceKind kind();

  /** Creates ({@code prior} null) or updates the resource; returns it as Azure now holds it. */
  R write(R desired, R prior);

  /** Deletes it; false if it was already gone. */
  boolean delete(R prior);
}
