package dtplan.azure;

import com.azure.core.util.Context;
import com.azure.resourcemanager.resources.fluent.models.GenericResourceInner;
import com.fasterxml.jackson.databind.JsonNode;
import dtplan.model.DataExplorerPrincipal;
import dtplan.model.ResourceKind;
import dtplan.provider.ProviderListener;
import java.util.List;
import java.util.Map;

/**
 * Azure Data Explorer database principal assignments ({@code
 * Microsoft.Kusto/clusters/databases/principalAssignments}) through the SDK's generic-resource
 * client: a PUT creates one (long-running in the Kusto API, polled by the SDK), a DELETE removes
 * it; one list per database reads them. Their {@code properties} are {@code principalId}, {@code
 * role}, {@code principalType} (and {@code tenantId}, which Azure fills in with the caller's).
 */
final class DataExplorerPrincipalWriter implements KindWriter<DataExplorerPrincipal> {
  private final ArmLists arm;
  private final LongRunningPuts puts;
  private final Deletes deletes;
  private final ProviderListener listener;

  DataExplorerPrincipalWriter(
      GenericResources generic, ArmLists arm, Operations operations, ProviderListener listener) {
    this.arm = arm;
    this.puts = new LongRunningPuts(generic, operations);
    this.deletes = new Deletes(generic, operations);
    this.listener = listener;
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.DATA_EXPLORER_PRINCIPAL;
  }

  @Override
  public DataExplorerPrincipal write(DataExplorerPrincipal desired, DataExplorerPrincipal prior) {
    String id = desired.id();
    GenericResourceInner body =
        new GenericResourceInner()
            .withProperties(
                Map.of(
                    "principalId", desired.principalId(),
                    "role", desired.role(),
                    "principalType", desired.principalType()));
    return fromArm(
        desired.databaseId(),
        puts.put(
            id,
            ApiVersions.KUSTO,
            "Creating Azure Data Explorer principal assignment " + id,
            body,
            ctx(id)));
  }

  @Override
  public boolean delete(DataExplorerPrincipal prior) {
    String id = prior.id();
    return Failures.guard(
        "Deleting Azure Data Explorer principal assignment " + id,
        id,
        () -> deletes.delete(id, ApiVersions.KUSTO, ctx(id)));
  }

  /**
   * The database's principal assignments; none when the database does not exist (the destination
   * read reports that).
   */
  List<DataExplorerPrincipal> list(String databaseId) {
    return Failures.guard(
            "Listing the principal assignments of " + databaseId,
            databaseId,
            () -> {
              try {
                return arm.principalAssignments(databaseId, ctx(databaseId));
              } catch (AzureCallException e) {
                if (e.status() == 404) {
                  return List.<JsonNode>of();
                }
                throw e;
              }
            })
        .stream()
        .map(json -> fromArm(databaseId, json))
        .toList();
  }

  static DataExplorerPrincipal fromArm(String databaseId, JsonNode json) {
    JsonNode p = Json.at(json, "properties");
    return new DataExplorerPrincipal(
        databaseId,
        Json.text(p, "principalId"),
        Json.text(p, "role"),
        Json.text(p, "principalType"),
        ArmLists.nameOf(json));
  }

  private Context ctx(String resourceId) {
    return RetryReporting.context(listener, resourceId);
  }
}
