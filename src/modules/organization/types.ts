import type { InferTypeOf } from "@medusajs/framework/types"
import type { CurrencyAmounts } from "../../lib/money"
import type { NotificationCategory } from "../../lib/permissions"
import type Invitation from "./models/invitation"
import type Location from "./models/location"
import type Membership from "./models/membership"
import type Organization from "./models/organization"
import type OrganizationOrder from "./models/organization-order"

type ManagedColumns = "id" | "created_at" | "updated_at" | "deleted_at"

export type OrganizationDTO = Omit<
  InferTypeOf<typeof Organization>,
  "memberships" | "invitations" | "locations" | "orders"
>
export type OrganizationStatus = OrganizationDTO["status"]

export type CreateOrganizationDTO = Partial<Omit<OrganizationDTO, ManagedColumns>> &
  Pick<OrganizationDTO, "name">
export type UpdateOrganizationDTO = Partial<Omit<OrganizationDTO, ManagedColumns>> &
  Pick<OrganizationDTO, "id">

// json columns are typed loosely by the model; these are their real shapes.
type MembershipJsonColumns = "grants" | "revokes" | "notification_preferences" | "spending_limit"

export type MembershipDTO = Omit<
  InferTypeOf<typeof Membership>,
  "organization" | "locations" | "orders" | MembershipJsonColumns
> & {
  organization_id: string
  grants: string[]
  revokes: string[]
  notification_preferences: Record<NotificationCategory, boolean>
  spending_limit: CurrencyAmounts | null
}
export type MembershipStatus = MembershipDTO["status"]

type MembershipFields = Omit<MembershipDTO, ManagedColumns | "organization_id">
export type CreateMembershipDTO = Partial<MembershipFields> &
  Pick<MembershipFields, "customer_id" | "role"> & { organization_id: string }
export type UpdateMembershipDTO = Partial<MembershipFields> &
  Pick<MembershipDTO, "id"> & {
    /** Replaces the member's assigned locations. */
    location_ids?: string[]
  }

/** What the store guard needs of a membership, read in one query. */
export type ActingMembership = Pick<
  MembershipDTO,
  "id" | "organization_id" | "customer_id" | "role" | "grants" | "revokes" | "status"
> & {
  organization_status: OrganizationStatus
  /** Per currency; null = no limit (read with the membership for the checkout rule). */
  spending_limit?: CurrencyAmounts | null
}

export type InvitationDTO = Omit<
  InferTypeOf<typeof Invitation>,
  "organization" | "grants" | "revokes" | "location_ids"
> & {
  organization_id: string
  grants: string[]
  revokes: string[]
  location_ids: string[]
}

export type CreateInvitationDTO = Pick<InvitationDTO, "organization_id" | "email" | "role"> &
  Partial<Pick<InvitationDTO, "grants" | "revokes" | "location_ids" | "invited_by">>

// Account requests and access groups live in their own modules; re-exported for old imports.
export type { AccountRequestDTO, CreateAccountRequestDTO } from "../account-request/types"
export {
  ACCESS_GROUP_RESOURCES,
  type AccessGroupDTO,
  type AccessGroupResource,
  type CreateAccessGroupDTO,
  type RegistrationMode,
  type UpdateAccessGroupDTO,
} from "../access-group/types"

export type LocationDTO = Omit<InferTypeOf<typeof Location>, "organization" | "memberships" | "orders"> & {
  organization_id: string
}
type LocationFields = Omit<LocationDTO, ManagedColumns | "organization_id">
export type CreateLocationDTO = Partial<LocationFields> &
  Pick<LocationFields, "label" | "address_1" | "city" | "postal_code" | "country_code"> & { organization_id: string }
export type UpdateLocationDTO = Partial<LocationFields> & Pick<LocationDTO, "id">

export type OrganizationOrderDTO = Omit<
  InferTypeOf<typeof OrganizationOrder>,
  "organization" | "location" | "membership"
> & { organization_id: string; location_id: string | null; membership_id: string | null }
