import type { InferTypeOf } from "@medusajs/framework/types"
import type Membership from "./models/membership"
import type Organization from "./models/organization"

type ManagedColumns = "id" | "created_at" | "updated_at" | "deleted_at"

export type OrganizationDTO = Omit<InferTypeOf<typeof Organization>, "memberships">
export type OrganizationStatus = OrganizationDTO["status"]

export type CreateOrganizationDTO = Partial<Omit<OrganizationDTO, ManagedColumns>> &
  Pick<OrganizationDTO, "name">
export type UpdateOrganizationDTO = Partial<Omit<OrganizationDTO, ManagedColumns>> &
  Pick<OrganizationDTO, "id">

export type MembershipDTO = Omit<InferTypeOf<typeof Membership>, "organization"> & {
  organization_id: string
}
export type MembershipStatus = MembershipDTO["status"]

type MembershipFields = Omit<MembershipDTO, ManagedColumns | "organization_id" | "spending_limit"> & {
  spending_limit: number | null
}
export type CreateMembershipDTO = Partial<MembershipFields> &
  Pick<MembershipFields, "customer_id" | "role"> & { organization_id: string }
export type UpdateMembershipDTO = Partial<MembershipFields> & Pick<MembershipDTO, "id">

/** What the store guard needs of a membership, read in one query. */
export type ActingMembership = Pick<
  MembershipDTO,
  "id" | "organization_id" | "customer_id" | "role" | "grants" | "revokes" | "status"
> & { organization_status: OrganizationStatus }
