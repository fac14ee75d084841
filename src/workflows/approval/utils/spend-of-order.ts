import type { SpendToRecord } from "../../../modules/approval/service"
import type { OrganizationOrderDTO } from "../../../modules/organization/types"

/** What the approval module's ledger records of an organization's order: its member's spend. */
export function spendOfOrder(record: Pick<
  OrganizationOrderDTO,
  "order_id" | "cart_id" | "organization_id" | "membership_id" | "currency_code" | "total" | "status"
>): SpendToRecord {
  return {
    order_id: record.order_id,
    cart_id: record.cart_id ?? null,
    organization_id: record.organization_id,
    membership_id: record.membership_id ?? null,
    currency_code: record.currency_code,
    amount: Number(record.total),
    order_status: record.status,
  }
}
