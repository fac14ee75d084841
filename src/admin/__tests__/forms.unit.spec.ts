import { queryKeys } from "../lib/queries/keys"
import { createEntitlementSchema } from "../lib/schemas/entitlements"
import { issueMessage } from "../lib/schemas/fields"
import { locationSchema } from "../lib/schemas/locations"
import { addMemberSchema } from "../lib/schemas/members"
import { updateOrganizationSchema } from "../lib/schemas/organizations"

// The message a form shows: the i18n key and its options, as a fake `t` spells them.
const t = (key: string, options?: Record<string, unknown>) => (options ? `${key} ${JSON.stringify(options)}` : key)
const messages = (schema: { safeParse: (v: unknown, o: object) => any }, values: object) => {
  const result = schema.safeParse(values, { error: issueMessage(t) })
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i: any) => [i.path.join("."), i.message]))
}

describe("form schemas: the admin's rules, with the server's closed sets", () => {
  it("names what is missing, too long or not one of the server's values", () => {
    const location = { label: "", company: "", first_name: "", last_name: "", address_1: "Dorpsstraat 1", address_2: "", postal_code: "1".repeat(21), city: "Utrecht", province: "", country_code: "", phone: "" }
    expect(messages(locationSchema, location)).toEqual({
      label: "form.required",
      postal_code: 'form.tooLong {"max":20}',
      country_code: "form.required",
    })
    expect(messages(updateOrganizationSchema, { name: "Acme", legal_name: "", vat_number: "", registration_number: "", country_code: "", status: "frozen" })).toEqual({
      status: "form.invalid",
    })
  })

  it("gives a rule of its own its message by key", () => {
    const entitlement = { kind: "subscription", title: "Payroll guide", seats: "a few", starts_at: "", ends_at: "1 May" }
    expect(messages(createEntitlementSchema, entitlement)).toEqual({ seats: "entitlements.seatsFormat", ends_at: "entitlements.dateFormat" })
    const member = { email: "not-an-email", role: "owner", permissions: ["orders.place"], location_ids: [], spending_limit: "-1" }
    expect(messages(addMemberSchema, member)).toEqual({ email: "form.email", role: "form.invalid", spending_limit: "form.currencyAmounts" })
  })

  it("accepts what the server accepts", () => {
    const member = { email: "ann@acme.test", role: "buyer", permissions: ["orders.place", "library.view"], location_ids: ["loc_1"], spending_limit: "" }
    expect(addMemberSchema.safeParse(member).success).toBe(true)
    expect(addMemberSchema.safeParse({ ...member, spending_limit: "EUR 500; USD 550" }).success).toBe(true)
    expect(createEntitlementSchema.safeParse({ kind: "training", title: "Course", seats: "unlimited", starts_at: "2026-01-01", ends_at: "" }).success).toBe(true)
  })
})

describe("query keys: a write refreshes one resource, of one organization", () => {
  const startsWith = (key: readonly unknown[], prefix: readonly unknown[]) => prefix.every((part, i) => JSON.stringify(key[i]) === JSON.stringify(part))

  it("nests lists and records under their resource and scope", () => {
    const members = queryKeys("members", "org_1")
    expect(startsWith(members.list({ limit: 20 }), members.all)).toBe(true)
    expect(startsWith(members.list({ limit: 20 }), queryKeys("members", "org_2").all)).toBe(false)
    expect(startsWith(members.list({ limit: 20 }), queryKeys("invitations", "org_1").all)).toBe(false)
    const organizations = queryKeys("organizations")
    expect(startsWith(organizations.detail("org_1", { fields: "id,name" }), organizations.detail("org_1"))).toBe(true)
    expect(startsWith(organizations.detail("org_1"), organizations.lists())).toBe(false)
  })
})
