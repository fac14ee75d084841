import type { InferTypeOf } from "@medusajs/framework/types"
import type Organization from "./models/organization"

export type OrganizationDTO = InferTypeOf<typeof Organization>
export type OrganizationStatus = OrganizationDTO["status"]

type ManagedColumns = "id" | "created_at" | "updated_at" | "deleted_at"

export type CreateOrganizationDTO = Partial<Omit<OrganizationDTO, ManagedColumns>> &
  Pick<OrganizationDTO, "name">
