"use server"
// An approver's decision on a member's request; the store checks orders.approve, that the
// request is not the approver's own, and that the cart is still what was asked.
import { revalidatePath } from "next/cache"
import { translate } from "@/i18n"
import approvals from "@/i18n/approvals"
import type { ActionState } from "@/lib/action-state"
import { failure } from "@/lib/failure"
import { medusa } from "@/lib/medusa"

export async function decide(
  organizationId: string,
  approvalId: string,
  verdict: "approve" | "reject",
  _state: ActionState,
  form: FormData
): Promise<ActionState> {
  const t = await translate(approvals)
  const comment = String(form.get("comment") ?? "").trim() || undefined
  try {
    const { b2b } = await medusa()
    await b2b.store.organizations.approvals[verdict](organizationId, approvalId, { comment })
  } catch (error) {
    return failure(error)
  }
  revalidatePath(`/account/${organizationId}/approvals`, "layout")
  return { ok: true, message: verdict === "approve" ? t.detail.approved : t.detail.rejected }
}
