import type { InferTypeOf } from "@medusajs/framework/types"
import type AccountRequest from "./models/account-request"

type ManagedColumns = "id" | "created_at" | "updated_at" | "deleted_at"

export type AccountRequestDTO = InferTypeOf<typeof AccountRequest>
export type AccountRequestStatus = AccountRequestDTO["status"]

export type CreateAccountRequestDTO = Omit<
  Partial<AccountRequestDTO>,
  ManagedColumns | "status" | "reason" | "decided_by" | "decided_at" | "organization_id" | "customer_id"
> &
  Pick<
    AccountRequestDTO,
    "company_name" | "vat_number" | "registration_number" | "country_code" | "first_name" | "last_name" | "email"
  >

/** Any column but the managed ones, e.g. an onboarding record created already approved. */
export type AccountRequestRecordDTO = Partial<Omit<AccountRequestDTO, ManagedColumns>> &
  Pick<
    AccountRequestDTO,
    "company_name" | "vat_number" | "registration_number" | "country_code" | "first_name" | "last_name" | "email"
  >

export type UpdateAccountRequestDTO = Partial<Omit<AccountRequestDTO, ManagedColumns>> & Pick<AccountRequestDTO, "id">

export type AccountRequestDecision = {
  status: "approved" | "rejected"
  decided_by: string
  reason?: string | null
}
