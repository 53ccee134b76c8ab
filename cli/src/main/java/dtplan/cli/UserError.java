package dtplan.cli;

/** A problem the user can fix, said in one sentence with what to do. */
final class UserError extends RuntimeException {
  UserError(String message) {
    super(message, null, false, false);
  }
}
