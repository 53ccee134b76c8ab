package dtplan.sandbox;

import java.util.List;

/**
 * The built-in role definitions dtplan uses, with their real GUIDs (DOMAIN.md section 4).
 *
 * <p>Data actions are given for the two Azure Digital Twins roles, the only ones a data plane
 * served here checks; they are copied from MicrosoftDocs/azure-docs
 * articles/role-based-access-control/built-in-roles/internet-of-things.md. The control-plane roles
 * (Owner, Contributor) have no data actions there, which is why they cannot call the data plane.
 */
final class BuiltInRoles {
  record Role(String guid, String name, String description, List<String> dataActions) {
    Role(String guid, String name, String description) {
      this(guid, name, description, List.of());
    }
  }

  static final String DIGITAL_TWINS_DATA_OWNER = "bcd981a7-7f74-457b-83e1-cceb9e632ffe";

  /** GUID from articles/digital-twins/concepts-security.md ("Authorization: Azure roles ..."). */
  static final String DIGITAL_TWINS_DATA_READER = "d57506d4-4c8d-48b1-8587-93c323f6a5a3";

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
              DIGITAL_TWINS_DATA_OWNER,
              "Azure Digital Twins Data Owner",
              "Full access role for Digital Twins data-plane",
              List.of(
                  "Microsoft.DigitalTwins/digitaltwins/*",
                  "Microsoft.DigitalTwins/digitaltwins/commands/*",
                  "Microsoft.DigitalTwins/digitaltwins/relationships/*",
                  "Microsoft.DigitalTwins/eventroutes/*",
                  "Microsoft.DigitalTwins/jobs/*",
                  "Microsoft.DigitalTwins/models/*",
                  "Microsoft.DigitalTwins/query/*")),
          new Role(
              DIGITAL_TWINS_DATA_READER,
              "Azure Digital Twins Data Reader",
              "Read-only role for Digital Twins data-plane properties",
              List.of(
                  "Microsoft.DigitalTwins/digitaltwins/read",
                  "Microsoft.DigitalTwins/digitaltwins/relationships/read",
                  "Microsoft.DigitalTwins/eventroutes/read",
                  "Microsoft.DigitalTwins/jobs/import/read",
                  "Microsoft.DigitalTwins/jobs/imports/read",
                  "Microsoft.DigitalTwins/jobs/deletions/read",
                  "Microsoft.DigitalTwins/models/read",
                  "Microsoft.DigitalTwins/query/action")));

  /** The built-in role with this GUID, or null. */
  static Role byGuid(String guid) {
    for (Role r : ALL) {
      if (r.guid().equalsIgnoreCase(guid)) {
        return r;
      }
    }
    return null;
  }

  private BuiltInRoles() {}
}
