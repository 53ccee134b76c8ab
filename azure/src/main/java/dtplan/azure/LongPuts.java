package dtplan.azure;

import com.azure.core.util.Context;
import com.azure.resourcemanager.resources.fluent.models.GenericResourceInner;
import com.fasterxml.jackson.databind.JsonNode;

/** A long-running PUT through the generic-resource client, awaited, refused if it failed. */
final class LongPuts {
  private final GenericResources generic;
  private final Operations operations;

  LongPuts(GenericResources generic, Operations operations) {
    this.generic = generic;
    this.operations = operations;
  }

  /** The resource as Azure holds it once the operation ends. */
  JsonNode put(String id, String apiVersion, GenericResourceInner body, Context ctx) {
    return Operations.requireNotFailed(
        GenericResources.toJson(
            generic.call(
                () ->
                    operations.await(
                        generic.client().beginCreateOrUpdateById(id, apiVersion, body, ctx)))));
  }
}
