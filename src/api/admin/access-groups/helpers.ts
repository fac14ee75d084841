import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import AccessGroupCustomerLink from "../../../links/access-group-customer"
import AccessGroupOrganizationLink from "../../../links/access-group-organization"
import AccessGroupSalesChannelLink from "../../../links/access-group-sales-channel"
import type { AccessGroupResource } from "../../../modules/access-group/types"
import { listPage, retrieveOne } from "../../utils/graph"

export function refetchAccessGroup(scope: MedusaContainer, id: string, fields: string[]) {
  return retrieveOne(scope, "organization_access_group", "Access group", id, {}, fields)
}

// Members are module links, paged through the link table (newest first).
const MEMBER_SOURCES = {
  "sales-channels": { link: AccessGroupSalesChannelLink.entryPoint, relation: "sales_channel", key: "sales_channels" },
  organizations: { link: AccessGroupOrganizationLink.entryPoint, relation: "organization", key: "organizations" },
  customers: { link: AccessGroupCustomerLink.entryPoint, relation: "customer", key: "customers" },
} as const

/** One page of a group's members of one kind (404 for an unknown group). */
export async function listAccessGroupMembers(
  req: AuthenticatedMedusaRequest,
  resource: AccessGroupResource
): Promise<Record<string, unknown>> {
  const groupId = req.params.id
  await refetchAccessGroup(req.scope, groupId, ["id"])
  const { fields, pagination } = req.queryConfig
  const source = MEMBER_SOURCES[resource]
  const { data, ...page } = await listPage(req.scope, source.link, {
    fields: fields.map((field) => `${source.relation}.${field}`),
    filters: { organization_access_group_id: groupId },
    pagination: { skip: pagination.skip, take: pagination.take },
    defaultOrder: { created_at: "DESC" },
  })
  return { [source.key]: data.map((row) => row[source.relation]), ...page }
}
