import { z } from "zod"
import { ENTITLEMENT_KINDS } from "../../../lib/constants"
import { deletedOf, pageOf, timestamp } from "../common"

/** A seat: a member of the organization, or a named outside participant (trainings). */
export const seatAssignment = z.strictObject({
  id: z.string(),
  membership_id: z.string().nullable(),
  participant_name: z.string().nullable(),
  participant_email: z.string().nullable(),
})

/** A subscription or training of an organization with its seats and their usage. */
export const entitlement = z.strictObject({
  id: z.string(),
  organization_id: z.string(),
  kind: z.enum(ENTITLEMENT_KINDS),
  title: z.string(),
  product_id: z.string().nullable(),
  product_variant_id: z.string().nullable(),
  /** null: no seat limit. */
  seats: z.number().int().nullable(),
  starts_at: timestamp,
  ends_at: timestamp.nullable(),
  source_order_id: z.string().nullable(),
  created_at: timestamp,
  updated_at: timestamp,
  /** In the store, a member without `entitlements.manage` sees only their own seat. */
  assignments: z.array(seatAssignment),
  used: z.number().int(),
  available: z.number().int().nullable(),
})

export const entitlementResponse = z.strictObject({ entitlement })
export const entitlementListResponse = pageOf("entitlements", entitlement)
export const entitlementDeleteResponse = deletedOf("entitlement")

/** `POST …/seats`: the seat given and the entitlement's usage after it. */
export const seatAssignedResponse = z.strictObject({
  seat: seatAssignment.extend({ entitlement_id: z.string() }),
  entitlement,
})
export const seatDeleteResponse = deletedOf("seat")

/** `GET /store/organizations/:id/library`: what the member may read (running subscriptions they hold a seat in). */
export const publication = z.strictObject({
  entitlement_id: z.string(),
  title: z.string(),
  ends_at: timestamp.nullable(),
  product: z
    .strictObject({
      id: z.string(),
      title: z.string(),
      subtitle: z.string().nullable(),
      handle: z.string(),
      thumbnail: z.string().nullable(),
      description: z.string().nullable(),
    })
    .nullable(),
})
export const libraryResponse = pageOf("publications", publication)
