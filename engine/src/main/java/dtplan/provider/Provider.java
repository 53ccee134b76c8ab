package dtplan.provider;

/**
 * Reads and changes live Azure. Implementations must be safe to call from several threads at once
 * and must make every call idempotent: a create of something that exists with the same identity
 * adopts it, a delete of something already gone succeeds.
 */
public interface Provider {
  /** Reads everything the request names, with one list call per collection where Azure has one. */
  ReadResponse read(ReadRequest request);

  CreateResponse create(CreateRequest request);

  UpdateResponse update(UpdateRequest request);

  DeleteResponse delete(DeleteRequest request);
}
