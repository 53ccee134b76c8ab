package dtplan.spec;

import dtplan.diag.SourceLocation;
import dtplan.model.AuthType;
import dtplan.model.EndpointSecrets;
import dtplan.model.EndpointType;

/**
 * An endpoint as the spec wants it. {@code destination} is the ARM id of the event hub, Service Bus
 * topic or Event Grid topic (null for key-based endpoints that give only a connection string).
 * {@code identity} is {@code system} or a user identity key, for identity-based endpoints. {@code
 * deadLetterContainer} is an ARM id (identity-based dead-letter); a key-based dead-letter SAS URL
 * is {@code secrets.deadLetter()}.
 */
public record EndpointSpec(
    String name,
    EndpointType type,
    AuthType auth,
    String identity,
    String destination,
    String topicEndpoint,
    EndpointSecrets secrets,
    String deadLetterContainer,
    SourceLocation at) {}
