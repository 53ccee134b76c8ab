package dtplan.planfile.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Map;

/**
 * A resource of a change, by kind. Secrets are written as their source only ({@code ${env:NAME}}):
 * a saved plan's resources are never executed (apply derives the plan again), so the value is never
 * needed.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
  @JsonSubTypes.Type(value = ResourceDto.IdentityDto.class, name = "user_identity"),
  @JsonSubTypes.Type(value = ResourceDto.InstanceDto.class, name = "instance"),
  @JsonSubTypes.Type(value = ResourceDto.RoleAssignmentDto.class, name = "role_assignment"),
  @JsonSubTypes.Type(value = ResourceDto.EndpointDto.class, name = "endpoint"),
  @JsonSubTypes.Type(value = ResourceDto.RouteDto.class, name = "route"),
  @JsonSubTypes.Type(value = ResourceDto.PrivateEndpointDto.class, name = "private_endpoint"),
  @JsonSubTypes.Type(
      value = ResourceDto.PrivateEndpointConnectionDto.class,
      name = "private_endpoint_connection"),
  @JsonSubTypes.Type(value = ResourceDto.DataHistoryDto.class, name = "data_history"),
  @JsonSubTypes.Type(
      value = ResourceDto.DataExplorerPrincipalDto.class,
      name = "data_explorer_principal")
})
public sealed interface ResourceDto {
  record IdentityDto(
      @JsonProperty("id") String id,
      @JsonProperty("location") String location,
      @JsonProperty("tags") Map<String, String> tags,
      @JsonProperty("principal_id") String principalId,
      @JsonProperty("client_id") String clientId)
      implements ResourceDto {}

  record InstanceDto(
      @JsonProperty("id") String id,
      @JsonProperty("location") String location,
      @JsonProperty("tags") Map<String, String> tags,
      @JsonProperty("identity") InstanceIdentityDto identity,
      @JsonProperty("public_network_access") String publicNetworkAccess,
      @JsonProperty("host_name") String hostName,
      @JsonProperty("provisioning_state") String provisioningState)
      implements ResourceDto {}

  record InstanceIdentityDto(
      @JsonProperty("system") boolean system,
      @JsonProperty("user_assigned") List<String> userAssigned,
      @JsonProperty("principal_id") String principalId,
      @JsonProperty("tenant_id") String tenantId,
      @JsonProperty("user_principal_ids") Map<String, String> userPrincipalIds) {}

  record RoleAssignmentDto(
      @JsonProperty("scope") String scope,
      @JsonProperty("principal_id") String principalId,
      @JsonProperty("role_definition_id") String roleDefinitionId,
      @JsonProperty("name") String name,
      @JsonProperty("description") String description,
      @JsonProperty("principal_type") String principalType)
      implements ResourceDto {}

  /** {@code identity} is null for a key-based endpoint. */
  record EndpointDto(
      @JsonProperty("instance_id") String instanceId,
      @JsonProperty("name") String name,
      @JsonProperty("type") String type,
      @JsonProperty("authentication_type") String authenticationType,
      @JsonProperty("identity") EndpointIdentityDto identity,
      @JsonProperty("endpoint_uri") String endpointUri,
      @JsonProperty("entity_path") String entityPath,
      @JsonProperty("topic_endpoint") String topicEndpoint,
      @JsonProperty("dead_letter_uri") String deadLetterUri,
      @JsonProperty("secret_sources") SecretSourcesDto secretSources,
      @JsonProperty("provisioning_state") String provisioningState)
      implements ResourceDto {}

  /** {@code user_assigned_identity} is null for the system identity. */
  record EndpointIdentityDto(@JsonProperty("user_assigned_identity") String userAssignedIdentity) {}

  /** Where each secret came from ({@code ${env:NAME}}), or null where there is none. */
  record SecretSourcesDto(
      @JsonProperty("primary") String primary,
      @JsonProperty("secondary") String secondary,
      @JsonProperty("dead_letter") String deadLetter) {}

  record RouteDto(
      @JsonProperty("instance_id") String instanceId,
      @JsonProperty("name") String name,
      @JsonProperty("endpoint_name") String endpointName,
      @JsonProperty("filter") String filter)
      implements ResourceDto {}

  record PrivateEndpointDto(
      @JsonProperty("id") String id,
      @JsonProperty("instance_id") String instanceId,
      @JsonProperty("location") String location,
      @JsonProperty("subnet") String subnet,
      @JsonProperty("group_id") String groupId,
      @JsonProperty("dns_zone") String dnsZone,
      @JsonProperty("tags") Map<String, String> tags,
      @JsonProperty("provisioning_state") String provisioningState)
      implements ResourceDto {}

  record PrivateEndpointConnectionDto(
      @JsonProperty("instance_id") String instanceId,
      @JsonProperty("name") String name,
      @JsonProperty("private_endpoint_id") String privateEndpointId,
      @JsonProperty("status") String status,
      @JsonProperty("description") String description)
      implements ResourceDto {}

  /** {@code identity} is the same shape as an endpoint's: null user identity for the system one. */
  record DataHistoryDto(
      @JsonProperty("instance_id") String instanceId,
      @JsonProperty("name") String name,
      @JsonProperty("adx_resource_id") String adxResourceId,
      @JsonProperty("adx_endpoint_uri") String adxEndpointUri,
      @JsonProperty("adx_database_name") String adxDatabaseName,
      @JsonProperty("adx_table_name") String adxTableName,
      @JsonProperty("adx_twin_lifecycle_events_table_name") String twinLifecycleTable,
      @JsonProperty("adx_relationship_lifecycle_events_table_name")
          String relationshipLifecycleTable,
      @JsonProperty("event_hub_endpoint_uri") String eventHubEndpointUri,
      @JsonProperty("event_hub_entity_path") String eventHubEntityPath,
      @JsonProperty("event_hub_namespace_resource_id") String eventHubNamespaceResourceId,
      @JsonProperty("event_hub_consumer_group") String eventHubConsumerGroup,
      @JsonProperty("record_property_and_item_removals") boolean recordRemovals,
      @JsonProperty("identity") EndpointIdentityDto identity,
      @JsonProperty("provisioning_state") String provisioningState)
      implements ResourceDto {}

  record DataExplorerPrincipalDto(
      @JsonProperty("database_id") String databaseId,
      @JsonProperty("principal_id") String principalId,
      @JsonProperty("role") String role,
      @JsonProperty("principal_type") String principalType,
      @JsonProperty("name") String name)
      implements ResourceDto {}
}
