package dtplan.spec;

/**
 * {@code lock: {container: ...}}: the blob container that holds the stack's lock blob, {@code
 * <stack>.lock}, leased by every run that may change the stack.
 */
public record LockSpec(String container) {}
