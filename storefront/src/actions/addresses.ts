"use server"
// The address book: the store checks addresses.manage on every write.
import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { translate } from "@/i18n"
import addresses from "@/i18n/addresses"
import type { ActionState } from "@/lib/action-state"
import { failure } from "@/lib/failure"
import { medusa } from "@/lib/medusa"

const FIELDS = ["label", "company", "first_name", "last_name", "address_1", "address_2", "postal_code", "city", "country_code", "phone"] as const
const REQUIRED = new Set(["label", "address_1", "postal_code", "city", "country_code"])

/** The form's fields; an optional one left empty is cleared (null). */
function locationOf(form: FormData) {
  const body: Record<string, string | null> = {}
  for (const field of FIELDS) {
    const value = String(form.get(field) ?? "").trim()
    body[field] = value ? (field === "country_code" ? value.toLowerCase() : value) : REQUIRED.has(field) ? "" : null
  }
  return body as { label: string; address_1: string; postal_code: string; city: string; country_code: string }
}

export async function addLocation(organizationId: string, _state: ActionState, form: FormData): Promise<ActionState> {
  const t = await translate(addresses)
  try {
    const { b2b } = await medusa()
    await b2b.store.organizations.locations.create(organizationId, locationOf(form))
  } catch (error) {
    return failure(error)
  }
  revalidatePath(`/account/${organizationId}/addresses`)
  return { ok: true, message: t.added }
}

export async function updateLocation(organizationId: string, locationId: string, _state: ActionState, form: FormData): Promise<ActionState> {
  const t = await translate(addresses)
  try {
    const { b2b } = await medusa()
    await b2b.store.organizations.locations.update(organizationId, locationId, locationOf(form))
  } catch (error) {
    return failure(error)
  }
  revalidatePath(`/account/${organizationId}/addresses`, "layout")
  return { ok: true, message: t.saved }
}

export async function deleteLocation(organizationId: string, locationId: string): Promise<ActionState> {
  try {
    const { b2b } = await medusa()
    await b2b.store.organizations.locations.delete(organizationId, locationId)
  } catch (error) {
    return failure(error)
  }
  revalidatePath(`/account/${organizationId}/addresses`)
  redirect(`/account/${organizationId}/addresses`)
}
