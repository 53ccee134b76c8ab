package dtplan.planfile.dto;

import dtplan.model.DataHistoryConnection;
import dtplan.model.EndpointIdentity;
import dtplan.planfile.dto.ResourceDto.DataHistoryDto;
import dtplan.planfile.dto.ResourceDto.EndpointIdentityDto;

/** Data history connections to and from the plan file: a connection holds no secret. */
final class DataHistoryDtos {
  private DataHistoryDtos() {}

  static DataHistoryDto toDto(DataHistoryConnection c) {
    return new DataHistoryDto(
        c.instanceId(),
        c.name(),
        c.adxResourceId(),
        c.adxEndpointUri(),
        c.adxDatabaseName(),
        c.adxTableName(),
        c.adxTwinLifecycleEventsTableName(),
        c.adxRelationshipLifecycleEventsTableName(),
        c.eventHubEndpointUri(),
        c.eventHubEntityPath(),
        c.eventHubNamespaceResourceId(),
        c.eventHubConsumerGroup(),
        c.recordPropertyAndItemRemovals(),
        new EndpointIdentityDto(c.identity().userAssignedIdentity()),
        c.provisioningState());
  }

  static DataHistoryConnection fromDto(DataHistoryDto c) {
    return new DataHistoryConnection(
        PlanFileMapper.required(c.instanceId(), "instance_id"),
        PlanFileMapper.required(c.name(), "name"),
        c.adxResourceId(),
        c.adxEndpointUri(),
        c.adxDatabaseName(),
        c.adxTableName(),
        c.twinLifecycleTable(),
        c.relationshipLifecycleTable(),
        c.eventHubEndpointUri(),
        c.eventHubEntityPath(),
        c.eventHubNamespaceResourceId(),
        c.eventHubConsumerGroup(),
        c.recordRemovals(),
        c.identity() == null
            ? EndpointIdentity.SYSTEM
            : new EndpointIdentity(c.identity().userAssignedIdentity()),
        c.provisioningState());
  }
}
