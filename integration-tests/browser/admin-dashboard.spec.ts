// The shop admin's whole journey in the dashboard, in Chromium against a booted store:
// log in, create an organization, add a member, invite, approve and reject account requests,
// manage an access group, and see the plugin's widgets on Medusa's customer and sales-channel pages.
import axios from "axios"
import type { Browser, Locator, Page } from "playwright-core"
import { checkout, type Shop } from "../helpers/checkout"
import { createCustomerSession, type CustomerSession } from "../helpers/store"
import { adminApi, requestAccount, type AdminApi } from "./helpers/api"
import { launch, logIn, screenshot } from "./helpers/browser"
import { startStore, type Store } from "./helpers/store"

let store: Store
let browser: Browser
let page: Page
let api: AdminApi
let publishableKey: string
let organizationUrl: string
let buyer: CustomerSession
let owner: CustomerSession

const HEAD_OFFICE = { address_1: "Stationsplein 1", postal_code: "3511 ED", city: "Utrecht", country_code: "nl" }

const company = (name: string, email: string) => ({
  company: { name, vat_number: "NL000099998B57", registration_number: "34567890", country_code: "NL" },
  contact: { first_name: "Pia", last_name: "Jansen", email },
})

const app = (path: string) => `${store.url}/app${path}`
const drawer = () => page.getByRole("dialog")
const prompt = () => page.getByRole("alertdialog")
const row = (scope: Page | Locator, text: string | RegExp) => scope.getByRole("row").filter({ hasText: text })

/** Opens the "…" menu of a row and picks an action. */
async function rowAction(scope: Locator, text: string | RegExp, action: string) {
  await row(scope, text).getByRole("button", { name: "More actions" }).click()
  await page.getByRole("menuitem", { name: action }).click()
}

async function pickOption(testId: string, option: string) {
  await page.getByTestId(testId).click()
  await page.getByRole("option", { name: option, exact: true }).click()
}

/** Runs a step; on failure keeps a screenshot of where it stopped. */
async function step(name: string, body: () => Promise<void>) {
  try {
    await body()
    await screenshot(page, name)
  } catch (error) {
    await screenshot(page, `FAILED-${name}`).catch(() => undefined)
    throw error
  }
}

beforeAll(async () => {
  store = await startStore({ seed: "./integration-tests/browser/seed-shop.ts" })
  api = await adminApi(store.url)
  publishableKey = await api.publishableKey()
  buyer = await createCustomerSession(axios.create({ baseURL: store.url }), publishableKey, "buyer@browser.test")
  // A registered customer named by e-mail: the organization's first admin, pending until the
  // confirm link e-mailed to that address is used (an e-mail on a record proves nothing).
  owner = await createCustomerSession(axios.create({ baseURL: store.url }), publishableKey, "owner@browser.test")
  await api.createCustomer("member@browser.test", "Mila", "Member")
  browser = await launch()
  page = await browser.newPage({ viewport: { width: 1440, height: 1000 } })
  page.setDefaultTimeout(20_000)
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await store?.stop()
}, 60_000)

test("the admin logs in and finds the plugin's pages in the sidebar", async () => {
  await step("01-login", async () => {
    await logIn(page, store.url)
    await page.goto(app("/organizations"))
    for (const label of ["Organizations", "Account requests", "Approvals", "Access groups"]) {
      await expectVisible(page.getByRole("link", { name: label }))
    }
    await expectVisible(page.getByTestId("empty-state"))
  })
}, 240_000) // the first visit may wait for Vite (see logIn)

test("creates an organization with its first admin, the country picked from the country select", async () => {
  await step("02-create-organization", async () => {
    await page.getByRole("button", { name: "Create" }).click()
    await drawer().locator('[name="name"]').fill("Acme Browser BV")
    await drawer().locator('[name="vat_number"]').fill("NL000099998B57")
    await pickOption("select-country_code", "Netherlands")
    await drawer().locator('[name="admin_email"]').fill("owner@browser.test")
    await drawer().getByRole("button", { name: "Create" }).click()
    await page.waitForURL(/\/app\/organizations\/org_/)
    organizationUrl = page.url()
    const profile = page.getByTestId("organization-profile")
    await expectVisible(profile.getByRole("heading", { name: "Acme Browser BV" }))
    await expectVisible(profile.getByText("NL000099998B57"))
    await expectVisible(profile.getByText("Active"))
    await expectVisible(row(page.getByTestId("organization-members"), "owner@browser.test").getByText("Admin"))
  })
  // The owner confirms with the e-mailed link while logged in, as the storefront's confirm page does.
  const organizationId = organizationUrl.split("/").pop()!
  const { memberships } = await api.get(`/admin/organizations/${organizationId}/members`)
  await api.post(`/admin/organizations/${organizationId}/members/${memberships[0].id}/activation`, {})
  const { notifications } = await api.get(`/admin/notifications?channel=email&order=-created_at&to=${encodeURIComponent("owner@browser.test")}`)
  const mail = notifications.find((n: { template: string }) => n.template === "b2b-account-request-approved")
  const token = new URL(mail.data.confirm_url).searchParams.get("token")
  const confirmed = await axios.post(`${store.url}/store/activations`, { token }, { headers: owner.headers })
  expect(confirmed.status).toBe(200)
}, 60_000)

test("adds an existing customer as a member; an unknown e-mail shows the API's error", async () => {
  await step("03-add-member", async () => {
    const members = page.getByTestId("organization-members")
    await members.getByRole("button", { name: "Add member" }).click()
    await drawer().locator('[name="email"]').fill("nobody@browser.test")
    await drawer().getByRole("button", { name: "Add member" }).click()
    await expectVisible(drawer().getByText(/nobody@browser\.test/))
    await drawer().locator('[name="email"]').fill("member@browser.test")
    await pickOption("select-role", "Requester")
    await pickOption("select-role", "Buyer")
    await drawer().getByRole("button", { name: "Add member" }).click()
    await drawer().waitFor({ state: "detached" })
    const added = row(members, "member@browser.test")
    await expectVisible(added.getByText("Buyer"))
    await expectVisible(added.getByText("3 permissions"))
    // Added by e-mail: pending until its activation link is used.
    await expectVisible(added.getByText("Pending"))
  })
}, 60_000)

test("edits a member's permissions, sends the activation e-mail, deactivates; the last admin stays", async () => {
  await step("04-manage-member", async () => {
    const members = page.getByTestId("organization-members")
    await rowAction(members, "member@browser.test", "Edit")
    await drawer().getByLabel("Approve orders").click()
    await drawer().getByLabel("Place orders").click()
    await drawer().getByRole("button", { name: "Save" }).click()
    await drawer().waitFor({ state: "detached" })
    await expectVisible(row(members, "member@browser.test").getByText("3 permissions · +Approve orders · −Place orders"))
    // A spending limit: the drawer then shows what the member spent of it this period.
    await rowAction(members, "member@browser.test", "Edit")
    await drawer().getByLabel("Spending limit").fill("EUR 500")
    await drawer().getByRole("button", { name: "Save" }).click()
    await drawer().waitFor({ state: "detached" })
    await expectVisible(row(members, "member@browser.test").getByText("€500.00"))
    await rowAction(members, "member@browser.test", "Edit")
    await expectVisible(drawer().getByTestId("member-spending").getByText("€0.00 of €500.00 (€500.00 left)"))
    await page.keyboard.press("Escape")
    await drawer().waitFor({ state: "detached" })
    await rowAction(members, "member@browser.test", "Send activation e-mail")
    await expectVisible(page.getByText("Activation e-mail sent to member@browser.test"))
    // The member follows the link and sets a password: now active (only the link activates).
    const { notifications } = await api.get(`/admin/notifications?channel=email&order=-created_at&to=${encodeURIComponent("member@browser.test")}`)
    const mail = notifications.find((n: { data?: { activation_url?: string } }) => n.data?.activation_url)
    const token = new URL(mail.data.activation_url).searchParams.get("token")
    await axios.post(`${store.url}/store/activations`, { token, password: "mila-member-1" }, { headers: { "x-publishable-api-key": publishableKey } })
    await page.reload()
    await expectVisible(row(members, "member@browser.test").getByText("Active"))
    await rowAction(members, "owner@browser.test", "Deactivate")
    await prompt().getByRole("button", { name: "Deactivate" }).click()
    await expectVisible(page.getByText(/admin/i).filter({ hasText: /last|at least one/i }))
    await expectVisible(row(members, "owner@browser.test").getByText("Active"))
    await rowAction(members, "member@browser.test", "Deactivate")
    await prompt().getByRole("button", { name: "Deactivate" }).click()
    await expectVisible(row(members, "member@browser.test").getByText("Deactivated"))
  })
}, 60_000)

test("adds a delivery location and assigns a member to it; no orders yet", async () => {
  await step("05-locations", async () => {
    const locations = page.getByTestId("organization-locations")
    await locations.getByRole("button", { name: "Add location" }).click()
    await drawer().getByRole("button", { name: "Add location" }).click()
    await expectVisible(drawer().getByTestId("error-address_1"))
    const { country_code, ...fill } = { label: "Head office", ...HEAD_OFFICE }
    for (const [name, value] of Object.entries(fill)) await drawer().locator(`[name="${name}"]`).fill(value)
    expect(country_code).toBe("nl")
    await pickOption("select-country_code", "Netherlands")
    await drawer().getByRole("button", { name: "Add location" }).click()
    await drawer().waitFor({ state: "detached" })
    await expectVisible(row(locations, "Head office").getByText("Stationsplein 1, 3511 ED Utrecht, Netherlands"))
    const members = page.getByTestId("organization-members")
    await rowAction(members, "owner@browser.test", "Edit")
    await drawer().getByLabel("Head office (Utrecht)").click()
    await drawer().getByRole("button", { name: "Save" }).click()
    await drawer().waitFor({ state: "detached" })
    await expectVisible(row(members, "owner@browser.test").getByText("Head office"))
    await expectVisible(page.getByTestId("organization-orders").getByTestId("empty-state").getByText("No orders yet"))
  })
}, 60_000)

test("a member's order shows on the organization page and on Medusa's order page", async () => {
  const organizationId = organizationUrl.split("/").pop()!
  const { locations } = await api.get(`/admin/organizations/${organizationId}/locations`)
  await api.post(`/admin/organizations/${organizationId}/members`, { customer_id: buyer.customer.id, role: "buyer" })
  const { memberships } = await api.get(`/admin/organizations/${organizationId}/members?limit=50`)
  const membership = memberships.find((m: any) => m.customer.email === "buyer@browser.test")
  await api.post(`/admin/organizations/${organizationId}/members/${membership.id}`, { location_ids: [locations[0].id] })
  const headers = { ...buyer.headers, "x-organization-id": organizationId }
  const result = await checkout(axios.create({ baseURL: store.url }), headers, store.seed as Shop, { address: HEAD_OFFICE })
  expect({ stage: result.stage, body: result.stage === "order" ? "" : result.response.data }).toEqual({ stage: "order", body: "" })
  await step("06-orders", async () => {
    await page.goto(organizationUrl)
    const orders = page.getByTestId("organization-orders")
    const placed = row(orders, "Head office")
    await expectVisible(placed.getByText("buyer Tester"))
    await expectVisible(placed.getByTestId("order-payment-status"))
    await expectVisible(placed.getByTestId("order-fulfillment-status").getByText("Not fulfilled"))
    await placed.getByRole("link", { name: /^#\d+$/ }).click()
    await page.waitForURL(/\/app\/orders\/order_/)
    const widget = page.getByTestId("order-organization-widget")
    await expectVisible(widget.getByRole("link", { name: "Acme Browser BV" }))
    await expectVisible(widget.getByText("Head office, Utrecht"))
    await expectVisible(widget.getByText("buyer Tester (Buyer)"))
  })
}, 90_000)

test("sets an approval threshold; an order above it waits for approval and shows under Approvals", async () => {
  const organizationId = organizationUrl.split("/").pop()!
  await step("07-approval-policy", async () => {
    await page.goto(organizationUrl)
    const policy = page.getByTestId("organization-approval-policy")
    await expectVisible(policy.getByText("No threshold"))
    await policy.getByRole("button", { name: "Edit" }).click()
    await drawer().locator('[name="threshold"]').fill("EUR 50")
    await pickOption("select-period", "Quarter")
    await drawer().getByRole("button", { name: "Save" }).click()
    await drawer().waitFor({ state: "detached" })
    await expectVisible(policy.getByText("€50.00"))
    await expectVisible(policy.getByText("Quarter"))
  })
  const http = axios.create({ baseURL: store.url })
  const headers = { ...buyer.headers, "x-organization-id": organizationId }
  const result = await checkout(http, headers, store.seed as Shop, { address: HEAD_OFFICE })
  expect(result.stage).toBe("complete")
  const asked = await http.post(`/store/carts/${result.cartId}/approval`, {}, { headers, validateStatus: () => true })
  expect(asked.status).toBe(200)
  await step("08-approvals", async () => {
    await page.goto(app("/approvals"))
    const table = page.getByTestId("approvals-table")
    const request = row(table, "Acme Browser BV")
    await expectVisible(request.getByText("buyer Tester"))
    await expectVisible(request.getByText("Pending"))
    await request.getByText("buyer Tester").click()
    await page.waitForURL(/\/app\/approvals\/apprq_/)
    const approval = page.getByTestId("approval")
    await expectVisible(approval.getByText(/approval threshold/))
    await expectVisible(approval.getByRole("link", { name: "Acme Browser BV" }))
  })
}, 90_000)

test("grants a subscription with seats; the form refuses a seat count that is not a number", async () => {
  await step("09-entitlements", async () => {
    await page.goto(organizationUrl)
    const entitlements = page.getByTestId("organization-entitlements")
    await entitlements.getByRole("button", { name: "Add subscription or training" }).click()
    await drawer().locator('[name="title"]').fill("Payroll guide")
    await drawer().locator('[name="seats"]').fill("a few")
    await drawer().getByRole("button", { name: "Add subscription or training" }).click()
    await expectVisible(drawer().getByTestId("error-seats"))
    await drawer().locator('[name="seats"]').fill("3")
    await drawer().getByRole("button", { name: "Add subscription or training" }).click()
    await drawer().waitFor({ state: "detached" })
    const granted = row(entitlements, "Payroll guide")
    await expectVisible(granted.getByText("Subscription"))
    await expectVisible(granted.getByText("0 of 3"))
  })
}, 60_000)

test("makes a portal access code, shows it once, and the code opens a portal session", async () => {
  await step("09b-portal-access", async () => {
    await page.goto(organizationUrl)
    const portal = page.getByTestId("organization-portal")
    await portal.getByRole("button", { name: "New access code" }).click()
    await drawer().getByRole("button", { name: "New access code" }).click()
    await drawer().waitFor({ state: "detached" })
    const shown = await page.getByTestId("portal-secret-value").textContent({ timeout: 20_000 })
    const code = /([A-Z0-9]{4}(?:-[A-Z0-9]{4}){3})/.exec(shown ?? "")?.[1]
    expect(code).toBeTruthy()
    await expectVisible(row(portal, "Whole organization"))
    // The code shown is the real one: it opens a read-only portal session.
    const response = await fetch(`${store.url}/store/portal/sessions`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-publishable-api-key": publishableKey },
      body: JSON.stringify({ code }),
    })
    expect(response.status).toBe(200)
    // Once dismissed, it is gone for good.
    await portal.getByRole("button", { name: "Done" }).click()
    await page.reload()
    await expectVisible(row(page.getByTestId("organization-portal"), "Whole organization"))
    expect(await page.getByTestId("portal-secret").count()).toBe(0)
  })
}, 60_000)

test("invites somebody by e-mail and revokes the invitation after confirming", async () => {
  await step("10-invitation", async () => {
    await page.goto(organizationUrl)
    const invitations = page.getByTestId("organization-invitations")
    await invitations.getByRole("button", { name: "Invite" }).click()
    await drawer().locator('[name="email"]').fill("invitee@browser.test")
    await drawer().getByRole("button", { name: "Send invitation" }).click()
    await drawer().waitFor({ state: "detached" })
    await expectVisible(row(invitations, "invitee@browser.test").getByText("Pending"))
    await rowAction(invitations, "invitee@browser.test", "Revoke")
    await prompt().getByRole("button", { name: "Revoke" }).click()
    await expectVisible(row(invitations, "invitee@browser.test").getByText("Revoked"))
  })
}, 60_000)

test("approves an account request: the company becomes an organization with its contact as admin", async () => {
  const { account_request } = await requestAccount(store.url, publishableKey, company("Approved Trading BV", "pia@approved.test"))
  await step("11-approve-request", async () => {
    await page.goto(app("/account-requests"))
    const table = page.getByTestId("account-requests-table")
    await row(table, "Approved Trading BV").click()
    await page.waitForURL(new RegExp(`/account-requests/${account_request.id}`))
    await expectVisible(page.getByText("34567890"))
    await page.getByRole("button", { name: "Approve" }).click()
    await prompt().getByRole("button", { name: "Approve" }).click()
    const decision = page.getByTestId("account-request-decision")
    await expectVisible(decision.getByText("Approved"))
    await expectVisible(decision.getByText(/Activation link valid until/))
    await expectVisible(page.getByRole("link", { name: "Default Sales Channel" }))
    await decision.getByRole("link", { name: "Open organization" }).click()
    await expectVisible(page.getByTestId("organization-profile").getByRole("heading", { name: "Approved Trading BV" }))
    await expectVisible(row(page.getByTestId("organization-members"), "pia@approved.test").getByText("Admin"))
  })
}, 60_000)

test("rejects an account request only with a reason", async () => {
  const { account_request } = await requestAccount(store.url, publishableKey, company("Rejected Trading BV", "pia@rejected.test"))
  await step("12-reject-request", async () => {
    await page.goto(app(`/account-requests/${account_request.id}`))
    await page.getByRole("button", { name: "Reject" }).click()
    await drawer().getByRole("button", { name: "Reject" }).click()
    await expectVisible(drawer().getByTestId("error-reason"))
    await drawer().locator('[name="reason"]').fill("We only deliver to accountancy firms.")
    await drawer().getByRole("button", { name: "Reject" }).click()
    const decision = page.getByTestId("account-request-decision")
    await expectVisible(decision.getByText("Rejected"))
    await expectVisible(decision.getByText("We only deliver to accountancy firms."))
    await page.goto(app("/account-requests"))
    await expectVisible(page.getByTestId("empty-state"))
  })
}, 60_000)

test("creates an access group and adds a sales channel, the organization and a customer", async () => {
  await step("13-access-group", async () => {
    await page.goto(app("/access-groups"))
    await page.getByRole("button", { name: "Create" }).click()
    await drawer().locator('[name="name"]').fill("Accountants")
    await drawer().getByRole("button", { name: "Create" }).click()
    await page.waitForURL(/\/app\/access-groups\/accgrp_/)
    await expectVisible(page.getByTestId("access-group").getByText("Approval required"))
    for (const [section, pick] of [
      ["group-sales-channels", "Default Sales Channel"],
      ["group-organizations", "Acme Browser BV"],
      ["group-customers", "Mila Member"],
    ]) {
      await page.getByTestId(section).getByRole("button", { name: "Add" }).click()
      await drawer().getByText(pick).click()
      await drawer().getByRole("button", { name: "Add 1" }).click()
      await drawer().waitFor({ state: "detached" })
      await expectVisible(page.getByTestId(section).getByRole("link", { name: pick }))
    }
  })
}, 90_000)

test("shows memberships and groups on Medusa's customer page and groups on the sales-channel page", async () => {
  const { customers } = await api.get(`/admin/customers?q=member@browser.test`)
  const { sales_channels } = await api.get(`/admin/sales-channels?name=Default Sales Channel`)
  await step("14-customer-widget", async () => {
    await page.goto(app(`/customers/${customers[0].id}`))
    const widget = page.getByTestId("customer-organizations-widget")
    await expectVisible(widget.getByRole("link", { name: "Accountants" }))
    await expectVisible(widget.getByRole("link", { name: "Acme Browser BV" }))
    await widget.scrollIntoViewIfNeeded()
  })
  await step("15-sales-channel-widget", async () => {
    await page.goto(app(`/settings/sales-channels/${sales_channels[0].id}`))
    const widget = page.getByTestId("sales-channel-groups-widget")
    await expectVisible(widget.getByRole("link", { name: "Accountants" }))
    await expectVisible(widget.getByText(/Only members of these groups' organizations/))
    await widget.scrollIntoViewIfNeeded()
  })
}, 60_000)

test("pages, searches and filters the organizations table", async () => {
  // Without a first admin, while memberships exist (this once answered 409).
  for (let i = 1; i <= 21; i++) {
    await api.post("/admin/organizations", { name: `Bulk Org ${String(i).padStart(2, "0")}` })
  }
  await step("16-organizations-table", async () => {
    await page.goto(app("/organizations"))
    const table = page.getByTestId("organizations-table")
    await expectVisible(table.getByText("1 of 2 pages"))
    await expectVisible(row(table, "Acme Browser BV"))
    await table.getByRole("button", { name: "Next" }).click()
    await expectVisible(table.getByText("2 of 2 pages"))
    await expectVisible(row(table, "Bulk Org 21"))
    expect(await table.getByRole("row").count()).toBe(1 + 3)
    await page.getByPlaceholder("Search name or VAT number").fill("Acme")
    await expectVisible(table.getByText("1 of 1 pages"))
    expect(await table.getByRole("row").count()).toBe(1 + 1)
    await page.getByPlaceholder("Search name or VAT number").fill("")
    await pickOption("organization-status-filter", "Suspended")
    await expectVisible(table.getByText("No organizations match your search."))
  })
}, 60_000)

test("suspends the organization after confirming, and shows the dashboard in Dutch", async () => {
  await step("17-suspend-and-dutch", async () => {
    await page.goto(organizationUrl)
    const profile = page.getByTestId("organization-profile")
    await profile.getByRole("button", { name: "Suspend" }).click()
    await prompt().getByRole("button", { name: "Suspend" }).click()
    await expectVisible(profile.getByText("Suspended"))
    await page.evaluate(() => window.localStorage.setItem("lng", "nl"))
    await page.context().addCookies([{ name: "lng", value: "nl", url: store.url }])
    await page.reload()
    await expectVisible(page.getByTestId("organization-profile").getByText("Opgeschort"))
    await expectVisible(page.getByTestId("organization-members").getByRole("heading", { name: "Gebruikers" }))
    await expectVisible(page.getByRole("link", { name: "Accountaanvragen" }))
    await expectVisible(page.getByRole("link", { name: "Goedkeuringen" }))
  })
}, 60_000)

async function expectVisible(locator: Locator) {
  await locator.first().waitFor({ state: "visible" })
}
