package dtplan.azure;

import com.azure.core.util.Context;
import com.azure.resourcemanager.resources.fluent.models.GenericResourceInner;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A PUT through the SDK's generic-resource client, waited for as a long-running operation, that
 * fails when the resource ends Failed: how dtplan writes every resource it has no typed client for.
 */
final class LongRunningPuts {
  private final GenericResources generic;
  private final Operations operations;

  LongRunningPuts(GenericResources generic, Operations operations) {
    this.generic = generic;
    this.operations = operations;
  }

  /** The resource as Azure holds it once the operation ended; {@code action} names it in errors. */
  JsonNode put(
      String id, String apiVersion, String action, GenericResourceInner body, Context ctx) {
    return Failures.guard(
        action,
        id,
        () -> {
          GenericResourceInner written =
              generic.call(
                  () ->
                      operations.await(
                          generic.client().beginCreateOrUpdateById(id, apiVersion, body, ctx)));
          return Operations.requireNotFailed(GenericResources.toJson(written));
        });
  }
}
