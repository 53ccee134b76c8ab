package dtplan.importer;

import dtplan.model.ArmId;
import dtplan.model.Destination;
import dtplan.model.Endpoint;
import dtplan.model.EndpointType;
import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Endpoint destinations by ARM id, from what Azure returns instead: {@code sb://<ns>.servicebus
 * .windows.net/} plus an entity path, or a container URL {@code https://<account>.blob.core
 * .windows.net/<container>}. Azure offers no lookup by host name, so the ids are guessed in the
 * resource groups the instance's identities hold roles in (an identity-based endpoint needs one at
 * its destination or above) and in the imported group, then read to see which exist.
 */
final class Destinations {
  private Destinations() {}

  /** The ids worth reading: every guess for every endpoint, in every candidate group. */
  static Set<String> candidates(Collection<Endpoint> endpoints, Collection<String> groupIds) {
    Set<String> ids = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    for (Endpoint e : endpoints) {
      for (String rg : groupIds) {
        destinationIn(rg, e).ifPresent(ids::add);
        deadLetterIn(rg, e).ifPresent(ids::add);
      }
    }
    return ids;
  }

  /** The resource group part of an ARM id ({@code /subscriptions/s/resourceGroups/g}), if any. */
  static Optional<String> groupOf(String id) {
    String[] parts = ArmId.normalize(id).split("/");
    if (parts.length >= 5
        && parts[1].equalsIgnoreCase("subscriptions")
        && parts[3].equalsIgnoreCase("resourceGroups")) {
      return Optional.of("/subscriptions/" + parts[2] + "/resourceGroups/" + parts[4]);
    }
    return Optional.empty();
  }

  /** The event hub or topic an identity-based endpoint sends to, if it exists in {@code read}. */
  static Optional<String> destination(
      Endpoint e, Collection<String> groupIds, List<Destination> read) {
    return firstExisting(groupIds, rg -> destinationIn(rg, e), read);
  }

  static Optional<String> deadLetter(
      Endpoint e, Collection<String> groupIds, List<Destination> read) {
    return firstExisting(groupIds, rg -> deadLetterIn(rg, e), read);
  }

  private static Optional<String> firstExisting(
      Collection<String> groupIds,
      Function<String, Optional<String>> guess,
      List<Destination> read) {
    return groupIds.stream()
        .map(guess)
        .flatMap(Optional::stream)
        .filter(id -> read.stream().anyMatch(d -> d.exists() && ArmId.same(d.id(), id)))
        .findFirst();
  }

  /** What Azure shows for the destination, for a comment when no id was found. */
  static String raw(Endpoint e) {
    return (e.endpointUri() == null ? "" : e.endpointUri())
        + (e.entityPath() == null ? "" : " entity " + e.entityPath());
  }

  private static Optional<String> destinationIn(String rg, Endpoint e) {
    String ns = firstLabel(e.endpointUri());
    if (ns == null || e.entityPath() == null || e.entityPath().isBlank()) {
      return Optional.empty();
    }
    if (e.type() == EndpointType.EVENT_HUB) {
      return Optional.of(
          rg + "/providers/Microsoft.EventHub/namespaces/" + ns + "/eventhubs/" + e.entityPath());
    }
    if (e.type() == EndpointType.SERVICE_BUS) {
      return Optional.of(
          rg + "/providers/Microsoft.ServiceBus/namespaces/" + ns + "/topics/" + e.entityPath());
    }
    return Optional.empty();
  }

  private static Optional<String> deadLetterIn(String rg, Endpoint e) {
    String account = firstLabel(e.deadLetterUri());
    if (account == null) {
      return Optional.empty();
    }
    String path = URI.create(e.deadLetterUri()).getPath();
    String container = path == null ? "" : path.replaceAll("^/+", "").split("/")[0];
    if (container.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        rg
            + "/providers/Microsoft.Storage/storageAccounts/"
            + account
            + "/blobServices/default/containers/"
            + container);
  }

  /** {@code ns} of {@code sb://ns.servicebus.windows.net/}; null when it is not such a URL. */
  static String firstLabel(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      String host = URI.create(url.trim()).getHost();
      return host == null || host.indexOf('.') <= 0
          ? null
          : host.substring(0, host.indexOf('.')).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException ex) {
      return null;
    }
  }
}
