import type { InferTypeOf } from "@medusajs/framework/types"
import type { ApprovalSnapshot } from "../../lib/approval-snapshot"
import type { CurrencyAmounts } from "../../lib/money"
import type ApprovalPolicy from "./models/approval-policy"
import type ApprovalRequest from "./models/approval-request"
import type SpendingRecord from "./models/spending-record"
import type SpendingReservation from "./models/spending-reservation"

// The module's record types, from its models (one source); json columns get their real shape.

export type ApprovalRequestDTO = Omit<InferTypeOf<typeof ApprovalRequest>, "reasons" | "metadata" | "snapshot"> & {
  reasons: string[]
  metadata: Record<string, unknown> | null
  snapshot: ApprovalSnapshot | null
}
export type { ApprovalSnapshot }
export type ApprovalStatus = ApprovalRequestDTO["status"]
export type ApprovalDeciderType = NonNullable<ApprovalRequestDTO["decided_by_type"]>

export type ApprovalPolicyDTO = Omit<InferTypeOf<typeof ApprovalPolicy>, "metadata" | "threshold"> & {
  metadata: Record<string, unknown> | null
  threshold: CurrencyAmounts | null
}
export type SpendingReservationDTO = InferTypeOf<typeof SpendingReservation>
export type SpendingRecordDTO = InferTypeOf<typeof SpendingRecord>

/** What a new request records (the workflow computes every field; callers give only ids). */
export type CreateApprovalRequestDTO = Pick<
  ApprovalRequestDTO,
  "cart_id" | "organization_id" | "requested_by" | "requester_customer_id" | "fingerprint" | "currency_code" | "reasons"
> & { total: number; snapshot: ApprovalSnapshot }
