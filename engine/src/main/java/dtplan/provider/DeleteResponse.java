package dtplan.provider;

/** Whether the resource existed when the delete was sent (false: it was already gone). */
public record DeleteResponse(boolean existed) {}
