import type { CurrencyAmounts } from "../../../lib/money"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { invalidFields, type FieldIssue } from "../../../lib/field-errors"
import { MAX_BATCH_MEMBERS } from "../../../lib/constants"
import { PERMISSIONS, ROLES, type Permission, type Role } from "../../../lib/permissions"
import { organizationService } from "../../common/module-services"
import { listCustomersByEmail } from "../../common/by-email"

/** One member to add by e-mail; the customer is reused when the e-mail has one, else created. */
export type BatchMemberRow = {
  email: string
  first_name?: string | null
  last_name?: string | null
  role: Role
  grants?: Permission[]
  revokes?: Permission[]
  /** Omitted: the organization's only location, when it has exactly one; `[]`: none. */
  location_ids?: string[]
  /** Per currency (lib/money). */
  spending_limit?: CurrencyAmounts | null
}

/** A row that passed, with what the write steps need. */
export type CheckedBatchRow = BatchMemberRow & {
  email: string
  /** The existing customer (a registered account winning over a guest record), or null: create it. */
  customer_id: string | null
  has_account: boolean
  location_ids: string[]
}

export type ValidateBatchMembersInput = {
  organization_id: string
  members: BatchMemberRow[]
  /** The organization's default location for rows without `location_ids` (resolve-new-member-locations). */
  default_location_ids: string[]
}

export { MAX_BATCH_MEMBERS }

// Pragmatic, like zod's: the route's validator is the real check; this one guards direct callers.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

// Ids echoed in a message must not carry the "; " the error handler splits issues at.
const shown = (id: string) => (/^[\w-]{1,64}$/.test(id) ? id : "(invalid id)")

/**
 * Every rule of a batch of new members, for every row before anything is written, in a fixed
 * number of queries whatever the batch size (customers by e-mail, live memberships of those
 * customers, the named locations): a bad e-mail, an e-mail twice in the batch (case does not
 * matter), an e-mail already a live member, an unknown role or permission, a location that is
 * not one of this organization's (another organization's answers as unknown). Any failing row:
 * one 400 naming each of them (`members[3].email`). Reads only; nothing to undo.
 */
export const validateBatchMembersStepId = "validate-batch-members"
export const validateBatchMembersStep = createStep(
  validateBatchMembersStepId,
  async ({ organization_id, members, default_location_ids }: ValidateBatchMembersInput, { container }) => {
    const issues: FieldIssue[] = []
    if (!members.length || members.length > MAX_BATCH_MEMBERS) {
      throw invalidFields([{ field: "members", reason: `must list 1 to ${MAX_BATCH_MEMBERS} members` }])
    }

    const emails = members.map((row) => String(row.email ?? "").trim().toLowerCase())
    const firstRow = new Map<string, number>()
    members.forEach((row, i) => {
      const email = emails[i]
      if (!EMAIL.test(email)) {
        issues.push({ field: `members[${i}].email`, reason: "must be an e-mail address" })
      } else if (firstRow.has(email)) {
        issues.push({ field: `members[${i}].email`, reason: `repeats the e-mail of members[${firstRow.get(email)}]` })
      } else {
        firstRow.set(email, i)
      }
      if (!ROLES.includes(row.role)) {
        issues.push({ field: `members[${i}].role`, reason: `must be one of ${ROLES.join(", ")}` })
      }
      for (const key of ["grants", "revokes"] as const) {
        if ((row[key] ?? []).some((permission) => !PERMISSIONS.includes(permission))) {
          issues.push({ field: `members[${i}].${key}`, reason: "names a permission that does not exist" })
        }
      }
    })

    const valid = [...firstRow.keys()]
    const customerModule = container.resolve(Modules.CUSTOMER)
    const service = organizationService(container)
    const named = [...new Set(members.flatMap((row) => row.location_ids ?? []))]
    const [customers, locations] = await Promise.all([
      listCustomersByEmail(container, valid, ["id", "email", "has_account"]),
      named.length ? service.listOrganizationLocations({ id: named, organization_id }, { select: ["id"] }) : Promise.resolve([]),
    ])

    // A registered account wins over a guest record of the same e-mail (resolve-customers).
    const customerOf = new Map<string, { id: string; has_account: boolean }>()
    for (const customer of customers) {
      const email = customer.email!.toLowerCase()
      const known = customerOf.get(email)
      if (!known || (!known.has_account && customer.has_account)) customerOf.set(email, customer)
    }
    const memberships = customers.length
      ? await service.listOrganizationMemberships(
          { organization_id, customer_id: customers.map((c) => c.id) },
          { select: ["customer_id"] }
        )
      : []
    // Any of the e-mail's customer records (account or guest) being a member counts.
    const memberCustomers = new Set(memberships.map((m) => m.customer_id))
    const memberEmails = new Set(customers.filter((c) => memberCustomers.has(c.id)).map((c) => c.email!.toLowerCase()))
    const liveLocations = new Set(locations.map((l) => l.id))

    members.forEach((row, i) => {
      // A repeat was named above; its first row carries the e-mail's verdict.
      if (firstRow.get(emails[i]) === i && memberEmails.has(emails[i])) {
        issues.push({ field: `members[${i}].email`, reason: "is already a member of this organization" })
      }
      const missing = (row.location_ids ?? []).find((id) => !liveLocations.has(id))
      if (missing !== undefined) {
        issues.push({ field: `members[${i}].location_ids`, reason: `names Location with id: ${shown(missing)}, which was not found` })
      }
    })
    // Row by row, whichever rule found it.
    const rowOf = (issue: FieldIssue) => Number(issue.field.match(/^members\[(\d+)\]/)?.[1] ?? -1)
    if (issues.length) throw invalidFields(issues.sort((a, b) => rowOf(a) - rowOf(b)))

    const rows: CheckedBatchRow[] = members.map((row, i) => {
      const customer = customerOf.get(emails[i])
      return {
        ...row,
        email: emails[i],
        customer_id: customer?.id ?? null,
        has_account: customer?.has_account ?? false,
        location_ids: row.location_ids ? [...new Set(row.location_ids)] : default_location_ids,
      }
    })
    return new StepResponse(rows)
  }
)
