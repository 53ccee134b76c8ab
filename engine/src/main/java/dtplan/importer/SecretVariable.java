package dtplan.importer;

/**
 * An environment variable the imported spec reads a secret from: its name, the endpoint it belongs
 * to ({@code instance/endpoint}), what value it needs and the command that yields it.
 */
public record SecretVariable(String name, String endpoint, String value, String command) {}
