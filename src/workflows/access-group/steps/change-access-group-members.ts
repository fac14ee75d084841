import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ACCESS_GROUP_MODULE } from "../../../modules/access-group"
import type { AccessGroupResource } from "../../../modules/access-group/types"
import { ORGANIZATION_MODULE } from "../../../modules/organization"
import { organizationService } from "../../common/module-services"

/** Adds and removes members of one kind to one access group. */
export type AccessGroupMemberChange = {
  access_group_id: string
  resource: AccessGroupResource
  add?: string[]
  remove?: string[]
}

// Each kind of member is a module link (src/links/access-group-*.ts).
const LINKED = {
  "sales-channels": { module: Modules.SALES_CHANNEL, key: "sales_channel_id", label: "Sales channel" },
  organizations: { module: ORGANIZATION_MODULE, key: "organization_id", label: "Organization" },
  customers: { module: Modules.CUSTOMER, key: "customer_id", label: "Customer" },
} as const

async function existingIds(container: MedusaContainer, resource: AccessGroupResource, ids: string[]) {
  if (!ids.length) return new Set<string>()
  const select = { select: ["id"] }
  const found =
    resource === "organizations"
      ? await organizationService(container).listOrganizations({ id: ids }, select)
      : resource === "customers"
        ? await container.resolve(Modules.CUSTOMER).listCustomers({ id: ids }, select)
        : await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({ id: ids }, select)
  return new Set(found.map((f) => f.id))
}

const linkOf = (change: AccessGroupMemberChange, id: string) => {
  const linked = LINKED[change.resource]
  return {
    [ACCESS_GROUP_MODULE]: { organization_access_group_id: change.access_group_id },
    [linked.module]: { [linked.key]: id },
  }
}

/** Applies the changes and answers the pairs that really changed, for an exact undo. */
async function apply(container: MedusaContainer, changes: AccessGroupMemberChange[]) {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const applied: AccessGroupMemberChange[] = []
  for (const change of changes) {
    const add = [...new Set(change.add ?? [])]
    const remove = [...new Set(change.remove ?? [])]
    const present = new Set(
      (
        (await link.list(
          [...add, ...remove].map((id) => linkOf(change, id)),
          { asLinkDefinition: false }
        )) as Record<string, string>[]
      ).map((row) => row[LINKED[change.resource].key])
    )
    const added = add.filter((id) => !present.has(id))
    const removed = remove.filter((id) => present.has(id))
    if (added.length) await link.create(added.map((id) => linkOf(change, id)))
    if (removed.length) await link.dismiss(removed.map((id) => linkOf(change, id)))
    applied.push({ ...change, add: added, remove: removed })
  }
  return applied
}

export const changeAccessGroupMembersStepId = "change-access-group-members"
export const changeAccessGroupMembersStep = createStep(
  changeAccessGroupMembersStepId,
  async (changes: AccessGroupMemberChange[], { container }) => {
    for (const change of changes) {
      const ids = [...(change.add ?? []), ...(change.remove ?? [])]
      const found = await existingIds(container, change.resource, ids)
      const missing = (change.add ?? []).find((id) => !found.has(id))
      if (missing) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `${LINKED[change.resource].label} with id: ${missing} was not found`)
      }
    }
    const applied = await apply(container, changes)
    return new StepResponse(applied, applied)
  },
  async (applied, { container }) => {
    if (!applied?.length) return
    await apply(
      container,
      applied.map((change) => ({ ...change, add: change.remove, remove: change.add }))
    )
  }
)
