package dtplan.azure;

import com.azure.core.util.Context;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Long-running deletes of instances and endpoints through the SDK's generic-resource client. ARM
 * answers 204 both when it deleted and when there was nothing, so the resource is read first. A
 * DELETE that ARM answers 200 means the delete was canceled or failed (DOMAIN.md section 1.4); the
 * SDK's poller takes that answer as a finished operation, so the resource is read again after it:
 * if it is still there, the delete failed.
 */
final class Deletes {
  private final GenericResources generic;
  private final Operations operations;

  Deletes(GenericResources generic, Operations operations) {
    this.generic = generic;
    this.operations = operations;
  }

  /** True when the resource existed and is gone now; false when there was nothing to delete. */
  boolean delete(String id, String apiVersion, Context ctx) {
    if (generic.get(id, apiVersion, ctx) == null) {
      return false;
    }
    generic.call(() -> operations.await(generic.client().beginDeleteById(id, apiVersion, ctx)));
    JsonNode after = generic.get(id, apiVersion, ctx);
    if (after != null) {
      String state = Json.text(after, "properties", "provisioningState");
      throw new AzureCallException(
          200,
          "DeleteFailed",
          "The delete finished but the resource is still there"
              + (state == null ? "" : " with provisioningState " + state)
              + ", which means the delete was canceled or failed.",
          false);
    }
    return true;
  }
}
