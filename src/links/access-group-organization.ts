import { defineLink } from "@medusajs/framework/utils"
import AccessGroupModule from "../modules/access-group"
import OrganizationModule from "../modules/organization"

// The organizations of an access group (`access_group.organizations`, `organization.access_groups`).
// A fixed table name: the pivot the organization module had, turned into this link's table in
// place by the access-group module's first migration, so existing memberships stay; the store
// guard checks group access with one query on it.
export default defineLink(
  { linkable: AccessGroupModule.linkable.organizationAccessGroup, isList: true, alias: "access_group" },
  { linkable: OrganizationModule.linkable.organization, isList: true },
  { database: { table: "organization_access_group_organization" } }
)
