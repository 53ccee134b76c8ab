package dtplan.azure;

import com.azure.core.util.Context;
import com.azure.storage.blob.BlobClient;
import com.azure.storage.blob.models.BlobErrorCode;
import com.azure.storage.blob.models.BlobProperties;
import com.azure.storage.blob.models.BlobRequestConditions;
import com.azure.storage.blob.models.BlobStorageException;
import com.azure.storage.blob.specialized.BlobLeaseClient;
import com.azure.storage.blob.specialized.BlobLeaseClientBuilder;
import dtplan.model.ArmId;
import dtplan.provider.LockHeldException;
import dtplan.provider.LockHolder;
import dtplan.provider.LockProvider;
import dtplan.provider.LockRequest;
import dtplan.provider.ProviderException;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stack's lock as Terraform's azurerm backend keeps it: a lease on the blob {@code
 * <stack>.lock}, created empty when missing, with the holder in the blob's metadata.
 */
final class BlobLeaseLocks implements LockProvider {
  private static final Pattern CONTAINER =
      Pattern.compile("(?i)/storageAccounts/([^/]+)/blobServices/default/containers/([^/]+)$");

  private final AzureConnection connection;

  BlobLeaseLocks(AzureConnection connection) {
    this.connection = connection;
  }

  @Override
  public Lock acquire(LockRequest request) {
    BlobClient blob = blob(request.container(), request.stack());
    String id = UUID.randomUUID().toString();
    BlobLeaseClient lease = new BlobLeaseClientBuilder().blobClient(blob).leaseId(id).buildClient();
    int seconds = (int) request.lease().toSeconds();
    try {
      try {
        lease.acquireLease(seconds);
      } catch (BlobStorageException e) {
        if (!BlobErrorCode.BLOB_NOT_FOUND.equals(e.getErrorCode())) {
          throw e;
        }
        // First run of this stack: the blob is made empty; a run that makes it at the same time
        // meets a leased blob (412) or loses the acquire (409), both "held".
        blob.getBlockBlobClient().upload(new ByteArrayInputStream(new byte[0]), 0, true);
        lease.acquireLease(seconds);
      }
      blob.setMetadataWithResponse(
          metadata(request.holder()),
          new BlobRequestConditions().setLeaseId(id),
          null,
          Context.NONE);
    } catch (BlobStorageException e) {
      throw failure(e, request.container(), blob);
    }
    return new Lock() {
      @Override
      public void renew() {
        try {
          lease.renewLease();
        } catch (BlobStorageException e) {
          throw failure(e, request.container(), blob);
        }
      }

      @Override
      public void release() {
        try {
          lease.releaseLease();
        } catch (BlobStorageException e) {
          throw failure(e, request.container(), blob);
        }
      }
    };
  }

  @Override
  public LockHolder breakLock(String container, String stack) {
    BlobClient blob = blob(container, stack);
    try {
      LockHolder holder = holder(blob.getProperties());
      new BlobLeaseClientBuilder()
          .blobClient(blob)
          .buildClient()
          .breakLeaseWithResponse(0, null, null, Context.NONE);
      return holder;
    } catch (BlobStorageException e) {
      if (BlobErrorCode.BLOB_NOT_FOUND.equals(e.getErrorCode())
          || BlobErrorCode.LEASE_NOT_PRESENT_WITH_LEASE_OPERATION.equals(e.getErrorCode())) {
        return null;
      }
      throw failure(e, container, blob);
    }
  }

  private BlobClient blob(String container, String stack) {
    Matcher m = CONTAINER.matcher(ArmId.normalize(container));
    if (!m.find()) {
      throw new ProviderException(
          "InvalidLockContainer", "`lock.container` is not a blob container id", container, false);
    }
    return connection
        .blobService(m.group(1).toLowerCase(java.util.Locale.ROOT))
        .getBlobContainerClient(m.group(2))
        .getBlobClient(stack + ".lock");
  }

  /** A held lease names its holder; anything else is a failure to reach or use the lock. */
  private static RuntimeException failure(BlobStorageException e, String container, BlobClient b) {
    BlobErrorCode code = e.getErrorCode();
    if (BlobErrorCode.LEASE_ALREADY_PRESENT.equals(code)
        || BlobErrorCode.LEASE_IS_BREAKING_AND_CANNOT_BE_ACQUIRED.equals(code)
        || BlobErrorCode.LEASE_ID_MISSING.equals(code)) {
      return new LockHeldException(holderOrNull(b));
    }
    if (BlobErrorCode.CONTAINER_NOT_FOUND.equals(code)) {
      return new ProviderException(
          "LockContainerNotFound",
          "the lock container "
              + container
              + " does not exist; create it, or correct `lock.container`",
          container,
          false);
    }
    if (e.getStatusCode() == 404) {
      return new ProviderException(
          "LockContainerNotFound",
          "the storage account of the lock container "
              + container
              + " does not exist or serves no blobs",
          container,
          false);
    }
    String what = code == null ? "HTTP " + e.getStatusCode() : code.toString();
    return new ProviderException(
        what,
        "the lock in "
            + container
            + " could not be used: "
            + what
            + " (HTTP "
            + e.getStatusCode()
            + ")",
        container,
        e.getStatusCode() >= 500 || e.getStatusCode() == 429);
  }

  private static LockHolder holderOrNull(BlobClient blob) {
    try {
      return holder(blob.getProperties());
    } catch (RuntimeException e) {
      return null; // the holder stays unnamed; the lock is held all the same
    }
  }

  private static Map<String, String> metadata(LockHolder h) {
    Map<String, String> m = new HashMap<>();
    put(m, "user", h.user());
    put(m, "host", h.host());
    put(m, "command", h.command());
    put(m, "since", h.since() == null ? null : h.since().toString());
    return m;
  }

  private static void put(Map<String, String> m, String k, String v) {
    if (v != null) {
      // Metadata travels as HTTP headers: ASCII only, so anything else is replaced.
      m.put("dtplan_" + k, v.replaceAll("[^\\x20-\\x7e]", "?"));
    }
  }

  private static LockHolder holder(BlobProperties p) {
    Map<String, String> m = new HashMap<>();
    p.getMetadata().forEach((k, v) -> m.put(k.toLowerCase(java.util.Locale.ROOT), v));
    if (!m.containsKey("dtplan_user") && !m.containsKey("dtplan_host")) {
      return null;
    }
    Instant since = null;
    try {
      since = m.get("dtplan_since") == null ? null : Instant.parse(m.get("dtplan_since"));
    } catch (DateTimeParseException e) {
      // an unreadable time is shown as unknown
    }
    return new LockHolder(
        m.get("dtplan_user"), m.get("dtplan_host"), m.get("dtplan_command"), since);
  }
}
