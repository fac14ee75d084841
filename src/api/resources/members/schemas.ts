import { z } from "zod"
import { MEMBERSHIP_STATUSES, PENDING_MEMBERSHIP_STATUS, SPENDING_PERIODS } from "../../../lib/constants"
import { NOTIFICATION_CATEGORIES, PERMISSIONS, ROLES, SPENDING_LIMIT_SETTERS } from "../../../lib/permissions"
import { copyableLink, currencyAmounts, deletedOf, emailOutcome, pageOf, timestamp } from "../common"
import { organization } from "../organizations/schemas"

export const role = z.enum(ROLES)
export const permission = z.enum(PERMISSIONS)
export const membershipStatus = z.enum([PENDING_MEMBERSHIP_STATUS, ...MEMBERSHIP_STATUSES])
export const notificationPreferences = z.partialRecord(z.enum(NOTIFICATION_CATEGORIES), z.boolean())

/** The fields of a membership every answer has (`permissions`: role plus grants minus revokes). */
const membershipFields = {
  id: z.string(),
  role,
  grants: z.array(permission),
  revokes: z.array(permission),
  permissions: z.array(permission),
  status: membershipStatus,
  spending_limit: currencyAmounts.nullable(),
  notification_preferences: notificationPreferences,
  created_at: timestamp,
  /** The delivery locations assigned to the member (in the store: only those the reader may see). */
  locations: z.array(z.strictObject({ id: z.string(), label: z.string() })),
}

/** A customer's membership in an organization, with who the customer is. */
export const membership = z.strictObject({
  ...membershipFields,
  organization_id: z.string(),
  customer_id: z.string(),
  spending_limit_set_by: z.enum(SPENDING_LIMIT_SETTERS).nullable(),
  updated_at: timestamp,
  customer: z
    .strictObject({ id: z.string(), email: z.string(), first_name: z.string().nullable(), last_name: z.string().nullable() })
    .nullable(),
})

export const membershipResponse = z.strictObject({ membership })
export const membershipListResponse = pageOf("memberships", membership)
export const membershipDeleteResponse = deletedOf("membership")

/** `GET /store/organizations`: my organizations, each with my membership in it. */
export const myOrganization = organization.extend({
  membership: z.strictObject({ ...membershipFields, organization_id: z.string() }),
})
export const myOrganizationListResponse = pageOf("organizations", myOrganization)

/** `POST …/members/batch`: the memberships made and the customers created for them. */
export const membershipBatchResponse = z.strictObject({
  memberships: z.array(membership),
  created_customers: z.number().int(),
  count: z.number().int(),
  /** With `invite: true`: whom the activation link was e-mailed. */
  invitations: z.array(z.strictObject({ membership_id: z.string(), email: emailOutcome })).optional(),
})

/** `POST …/members/:id/activation`: the activation e-mail sent to a pending member. */
export const activationSentResponse = z.strictObject({
  membership,
  activation: z.strictObject({ sent_to: z.string() }),
  email: emailOutcome,
})

/** `POST …/members/:id/activation-link`: a fresh activation link to hand over. */
export const activationLinkResponse = z.strictObject({ membership, ...copyableLink })

/** `GET /admin/customers/:id/organization-memberships`: each membership names its organization. */
export const customerMembershipListResponse = pageOf(
  "memberships",
  membership.extend({ organization: organization.pick({ id: true, name: true, status: true }) })
)

/** `GET …/members/:id/spending` and `GET …/me/spending`: how a member's spending limit stands this period. */
export const spendingResponse = z.strictObject({
  spending: z.strictObject({
    membership_id: z.string(),
    period: z.enum(SPENDING_PERIODS),
    /** When the current period started (Postgres `date_trunc` of the period, the database's time zone). */
    since: timestamp,
    /** One per currency the member's limit names (empty: no limit), lower-case codes, by code. */
    limits: z.array(
      z.strictObject({ currency_code: z.string(), limit: z.number(), spent: z.number(), remaining: z.number() })
    ),
  }),
})
