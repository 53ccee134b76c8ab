package dtplan.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

/** A blob the sandbox holds: no content (only empty blobs are written), metadata and a lease. */
final class StoredBlob {
  public Map<String, String> metadata = new LinkedHashMap<>();
  public String etag;
  public long lastModified;
  public long created;
  public BlobLease lease = new BlobLease();
}
