package dtplan.sandbox;

import java.util.List;

/** The built-in role definitions dtplan uses, with their real GUIDs (DOMAIN.md section 4). */
final class BuiltInRoles {
  record Role(String guid, String name, String description) {}

  static final List<Role> ALL =
      List.of(
          new Role(
              "2b629674-e913-4c01-ae53-ef4638d8f975",
              "Azure Event Hubs Data Sender",
              "Allows send access to Azure Event Hubs resources."),
          new Role(
              "f526a384-b230-433a-b45c-95f59c4a2dec",
              "Azure Event Hubs Data Owner",
              "Allows for full access to Azure Event Hubs resources."),
          new Role(
              "a638d3c7-ab3a-418d-83e6-5f17a39d4fde",
              "Azure Event Hubs Data Receiver",
              "Allows receive access to Azure Event Hubs resources."),
          new Role(
              "69a216fc-b8fb-44d8-bc22-1f3c2cd27a39",
              "Azure Service Bus Data Sender",
              "Allows for send access to Azure Service Bus resources."),
          new Role(
              "090c5cfd-751d-490a-894a-3ce6f1109419",
              "Azure Service Bus Data Owner",
              "Allows for full access to Azure Service Bus resources."),
          new Role(
              "ba92f5b4-2d11-453d-a403-e96b0029c9fe",
              "Storage Blob Data Contributor",
              "Allows for read, write and delete access to Azure Storage blob containers and"
                  + " data"),
          new Role(
              "b7e6dc6d-f1e8-4753-8033-0f276bb0955b",
              "Storage Blob Data Owner",
              "Allows for full access to Azure Storage blob containers and data, including"
                  + " assigning POSIX access control."),
          new Role(
              "8e3af657-a8ff-443c-a75c-2fe8c4bcb635",
              "Owner",
              "Grants full access to manage all resources, including the ability to assign roles"
                  + " in Azure RBAC."),
          new Role(
              "b24988ac-6180-42a0-ab88-20f7382dd24c",
              "Contributor",
              "Grants full access to manage all resources, but does not allow you to assign"
                  + " roles in Azure RBAC."),
          new Role(
              "bcd981a7-7f74-457b-83e1-cceb9e632ffe",
              "Azure Digital Twins Data Owner",
              "Full access role for Digital Twins data-plane"));

  private BuiltInRoles() {}
}
