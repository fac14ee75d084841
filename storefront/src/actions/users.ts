"use server"
// Managing the organization's users (members.manage): invitations, role and permissions,
// delivery locations, spending limit, access, removal. The store decides who may change whom
// (no changes to yourself, no rights you lack, at least one admin); its refusals come back in
// words through failure().
import type { BodyOf } from "medusa-plugin-b2b-accounts/client"
import { PERMISSIONS, ROLE_PERMISSIONS, type Role } from "medusa-plugin-b2b-accounts/lib/permissions"
import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { fill, translate } from "@/i18n"
import users from "@/i18n/users"
import type { ActionState } from "@/lib/action-state"
import { failure } from "@/lib/failure"
import { medusa } from "@/lib/medusa"

const usersPath = (org: string) => `/account/${org}/users`

/**
 * The checklist as the store keeps it: the role, plus the boxes checked beyond the role's
 * preset (grants), minus the preset's boxes left unchecked (revokes).
 */
function rolePermissions(form: FormData) {
  const role = String(form.get("role") ?? "") as Role
  const preset: readonly string[] = ROLE_PERMISSIONS[role] ?? []
  const checked = new Set(form.getAll("permissions").map(String))
  return {
    role,
    grants: PERMISSIONS.filter((permission) => checked.has(permission) && !preset.includes(permission)),
    revokes: PERMISSIONS.filter((permission) => preset.includes(permission) && !checked.has(permission)),
  }
}

const locationIds = (form: FormData) => form.getAll("location_ids").map(String)

export async function inviteUser(org: string, _state: ActionState, form: FormData): Promise<ActionState> {
  const t = await translate(users)
  const locations = locationIds(form)
  try {
    const { b2b } = await medusa()
    const { invitation, email } = await b2b.store.organizations.invitations.create(org, {
      email: String(form.get("email") ?? "").trim(),
      ...rolePermissions(form),
      // None checked: the store gives the organization's only location, if it has one.
      ...(locations.length ? { location_ids: locations } : {}),
    })
    revalidatePath(usersPath(org), "layout")
    const sent = email.status === "sent" ? t.invite.sent : t.invitations.notDelivered
    return { ok: true, message: fill(sent, { email: invitation.email }) }
  } catch (error) {
    return failure(error)
  }
}

export async function resendInvitation(org: string, invitationId: string): Promise<ActionState> {
  const t = await translate(users)
  try {
    const { b2b } = await medusa()
    const { invitation, email } = await b2b.store.organizations.invitations.resend(org, invitationId)
    revalidatePath(usersPath(org), "layout")
    return { ok: true, message: email.status === "sent" ? t.invitations.resent : fill(t.invitations.notDelivered, { email: invitation.email }) }
  } catch (error) {
    return failure(error)
  }
}

export async function revokeInvitation(org: string, invitationId: string): Promise<ActionState> {
  const t = await translate(users)
  try {
    const { b2b } = await medusa()
    await b2b.store.organizations.invitations.revoke(org, invitationId)
    revalidatePath(usersPath(org), "layout")
    return { ok: true, message: t.invitations.revoked }
  } catch (error) {
    return failure(error)
  }
}

/** One change of a member; the page is read again afterwards. */
async function changeMember(org: string, membershipId: string, change: BodyOf<"store.organizations.members.update">, message?: string): Promise<ActionState> {
  try {
    const { b2b } = await medusa()
    await b2b.store.organizations.members.update(org, membershipId, change)
    revalidatePath(usersPath(org), "layout")
    return { ok: true, message }
  } catch (error) {
    return failure(error)
  }
}

export async function updateRoleAndPermissions(org: string, membershipId: string, _state: ActionState, form: FormData) {
  return changeMember(org, membershipId, rolePermissions(form))
}

export async function updateLocations(org: string, membershipId: string, _state: ActionState, form: FormData) {
  return changeMember(org, membershipId, { location_ids: locationIds(form) })
}

/**
 * The limit per currency: `limit.<currency>` for the amounts the member has, `new_currency`
 * and `new_amount` for one more. Empty amounts drop their currency; none at all: no limit.
 */
export async function updateSpendingLimit(org: string, membershipId: string, _state: ActionState, form: FormData): Promise<ActionState> {
  const t = await translate(users)
  const entries: [string, string][] = [...form.entries()]
    .filter(([name]) => name.startsWith("limit."))
    .map(([name, value]) => [name.slice("limit.".length), String(value)])
  entries.push([String(form.get("new_currency") ?? ""), String(form.get("new_amount") ?? "")])
  const limit: Record<string, number> = {}
  for (const [currency, amount] of entries) {
    if (!amount.trim()) continue
    const value = Number(amount.trim().replace(",", "."))
    if (!Number.isFinite(value)) return { ok: false, code: "invalid_data", message: t.invalidAmount }
    limit[currency.trim().toLowerCase()] = value
  }
  return changeMember(org, membershipId, { spending_limit: Object.keys(limit).length ? limit : null })
}

export async function setMemberStatus(org: string, membershipId: string, status: "active" | "deactivated"): Promise<ActionState> {
  const t = await translate(users)
  return changeMember(org, membershipId, { status }, status === "active" ? t.member.reactivated : t.member.deactivated)
}

/** Removes a member (or, for yourself, leaves the organization) and goes back to the list. */
export async function removeMember(org: string, membershipId: string, self: boolean): Promise<ActionState> {
  try {
    const { b2b } = await medusa()
    await b2b.store.organizations.members.remove(org, membershipId)
  } catch (error) {
    return failure(error)
  }
  revalidatePath("/account", "layout")
  redirect(self ? "/account" : usersPath(org))
}
