package dtplan.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Blob service of the storage accounts the sandbox knows, served Azurite-style under {@code
 * /{account}/{container}/{blob}}: the address the Azure SDK builds for an IP host. Only what a lock
 * needs: Put Blob (empty), Set Blob Metadata, Get Blob Properties and Lease Blob. Each rule and its
 * source is in docs/sandbox.md (Sources, "Blob service").
 */
final class Blobs {
  static final String VERSION = "2025-11-05";
  private static final String STORAGE_TYPE = "microsoft.storage/storageaccounts";

  private final Backend b;

  Blobs(Backend b) {
    this.b = b;
  }

  /**
   * Whether a path is a blob call: its first segment names a storage account the sandbox holds.
   * ARM's own roots come first, so an account called {@code subscriptions} is not reachable
   * (docs/sandbox.md, Known differences).
   */
  boolean serves(List<String> segments) {
    return segments.size() >= 2
        && !List.of("subscriptions", "providers", "tenants", "_dataplane", "_sandbox")
            .contains(segments.get(0).toLowerCase(Locale.ROOT))
        && account(segments.get(0)) != null;
  }

  /** One blob call, under the backend's lock. */
  Answer handle(String method, List<String> s, Map<String, String> query, Map<String, String> h) {
    try {
      return serve(method, s, query, h);
    } catch (ApiError e) {
      return Answer.error(e);
    }
  }

  private Answer serve(
      String method, List<String> s, Map<String, String> query, Map<String, String> h) {
    ObjectNode account = account(s.get(0));
    String containerId = Json.text(account, "id") + "/blobServices/default/containers/" + s.get(1);
    if (b.resource(containerId) == null) {
      throw ApiError.notFound("ContainerNotFound", "The specified container does not exist.");
    }
    if (s.size() != 3) {
      throw new ApiError(
          400, "UnsupportedHttpVerb", "The sandbox serves single blobs only (docs/sandbox.md).");
    }
    String key = Paths.key(containerId) + "/" + s.get(2);
    StoredBlob blob = b.data.blobs.get(key);
    String comp = query.getOrDefault("comp", "");
    long now = b.now();
    switch (method + " " + comp) {
      case "PUT " -> {
        if (blob != null) {
          checkWrite(blob, h, now);
        } else {
          blob = new StoredBlob();
          blob.created = now;
          b.data.blobs.put(key, blob);
        }
        blob.metadata = metadata(h);
        touch(blob, now);
        return Answer.of(201, blob).header("x-ms-request-server-encrypted", "true");
      }
      case "PUT metadata" -> {
        checkWrite(found(blob), h, now);
        blob.metadata = metadata(h);
        touch(blob, now);
        return Answer.of(200, blob);
      }
      case "PUT lease" -> {
        Map<String, String> out =
            found(blob).lease.act(String.valueOf(h.get("x-ms-lease-action")), h, now);
        Answer a = Answer.of(h.get("x-ms-lease-action").equals("break") ? 202 : 200, blob);
        if ("acquire".equals(h.get("x-ms-lease-action"))) {
          a = Answer.of(201, blob);
        }
        out.forEach(a::header);
        return a;
      }
      case "HEAD ", "GET " -> {
        Answer a = Answer.of(200, found(blob));
        blob.metadata.forEach((k, v) -> a.header("x-ms-meta-" + k, v));
        String state = blob.lease.state(now);
        a.header("x-ms-lease-state", state);
        a.header("x-ms-lease-status", blob.lease.active(now) ? "locked" : "unlocked");
        if (state.equals("leased")) {
          a.header(
              "x-ms-lease-duration",
              blob.lease.seconds == BlobLease.INFINITE ? "infinite" : "fixed");
        }
        a.header("x-ms-blob-type", "BlockBlob");
        a.header("x-ms-creation-time", http(blob.created));
        a.header("Content-Length", "0");
        return a;
      }
      default ->
          throw new ApiError(
              400, "UnsupportedHttpVerb", "The sandbox does not serve this blob operation.");
    }
  }

  /** Writes to a blob under an active lease name its id (Put Blob, Set Blob Metadata: 412s). */
  private static void checkWrite(StoredBlob blob, Map<String, String> h, long now) {
    String given = h.get("x-ms-lease-id");
    boolean active = blob.lease.active(now);
    if (active && given == null) {
      throw new ApiError(
          412,
          "LeaseIdMissing",
          "There is currently a lease on the blob and no lease ID was specified in the request.");
    }
    if (given != null && !active) {
      throw new ApiError(
          412, "LeaseNotPresentWithBlobOperation", "There is currently no lease on the blob.");
    }
    if (given != null && !given.equalsIgnoreCase(blob.lease.id)) {
      throw new ApiError(
          412,
          "LeaseIdMismatchWithBlobOperation",
          "The lease ID specified did not match the lease ID for the blob.");
    }
  }

  private static StoredBlob found(StoredBlob blob) {
    if (blob == null) {
      throw ApiError.notFound("BlobNotFound", "The specified blob does not exist.");
    }
    return blob;
  }

  private static void touch(StoredBlob blob, long now) {
    blob.lastModified = now;
    blob.etag =
        "\"0x"
            + Long.toHexString(now).toUpperCase(Locale.ROOT)
            + Backend.newGuid().substring(0, 4).toUpperCase(Locale.ROOT)
            + "\"";
  }

  private static Map<String, String> metadata(Map<String, String> h) {
    Map<String, String> out = new LinkedHashMap<>();
    h.forEach(
        (k, v) -> {
          if (k.startsWith("x-ms-meta-")) {
            out.put(k.substring("x-ms-meta-".length()), v);
          }
        });
    return out;
  }

  private ObjectNode account(String name) {
    for (ObjectNode r : b.data.resources.values()) {
      if (STORAGE_TYPE.equalsIgnoreCase(Json.text(r, "type"))
          && name.equalsIgnoreCase(Json.text(r, "name"))) {
        return r;
      }
    }
    return null;
  }

  static String http(long millis) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(
        Instant.ofEpochMilli(millis).atZone(ZoneOffset.UTC));
  }

  /** A Blob service answer: headers, and an XML error body when it fails. */
  record Answer(int status, Map<String, String> headers, String errorBody) {
    static Answer of(int status, StoredBlob blob) {
      Answer a = new Answer(status, new LinkedHashMap<>(), null);
      if (blob != null) {
        a.header("ETag", blob.etag).header("Last-Modified", http(blob.lastModified));
      }
      return a.header("x-ms-version", VERSION);
    }

    static Answer error(ApiError e) {
      String body =
          "<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>"
              + e.code()
              + "</Code><Message>"
              + e.getMessage()
              + "</Message></Error>";
      return new Answer(e.status(), new LinkedHashMap<>(), body)
          .header("x-ms-error-code", e.code())
          .header("x-ms-version", VERSION);
    }

    Answer header(String name, String value) {
      headers.put(name, value);
      return this;
    }
  }
}
