"use server"
// Seats of subscriptions and trainings (entitlements.manage): give one to a member or, for a
// training, to a named outside participant; free one. The store counts the seats under a lock
// and refuses in words (`seats_exhausted`, `seat_already_assigned`).
import type { BodyOf } from "medusa-plugin-b2b-accounts/client"
import { revalidatePath } from "next/cache"
import { translate } from "@/i18n"
import entitlements from "@/i18n/entitlements"
import type { ActionState } from "@/lib/action-state"
import { failure } from "@/lib/failure"
import { medusa } from "@/lib/medusa"

async function assign(org: string, entitlementId: string, seat: BodyOf<"store.organizations.entitlements.seats.assign">, message: string): Promise<ActionState> {
  try {
    const { b2b } = await medusa()
    await b2b.store.organizations.entitlements.seats.assign(org, entitlementId, seat)
    // Seats decide the library too: everything of the organization is read again.
    revalidatePath(`/account/${org}`, "layout")
    return { ok: true, message }
  } catch (error) {
    return failure(error)
  }
}

export async function assignMemberSeat(org: string, entitlementId: string, _state: ActionState, form: FormData) {
  const t = await translate(entitlements)
  return assign(org, entitlementId, { membership_id: String(form.get("membership_id") ?? "") }, t.assign.done)
}

export async function assignParticipantSeat(org: string, entitlementId: string, _state: ActionState, form: FormData) {
  const t = await translate(entitlements)
  const participant = { name: String(form.get("name") ?? ""), email: String(form.get("email") ?? "") }
  return assign(org, entitlementId, { participant }, t.outside.done)
}

export async function freeSeat(org: string, entitlementId: string, seatId: string): Promise<ActionState> {
  const t = await translate(entitlements)
  try {
    const { b2b } = await medusa()
    await b2b.store.organizations.entitlements.seats.unassign(org, entitlementId, seatId)
    revalidatePath(`/account/${org}`, "layout")
    return { ok: true, message: t.unassign.done }
  } catch (error) {
    return failure(error)
  }
}
