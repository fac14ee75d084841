// A merchant's day in a store WITHOUT an e-mail provider (B2B_TEST_EMAIL_PROVIDER=none, as a
// plain Medusa store is): the dashboard says e-mail cannot be delivered, every action that
// e-mails a link says it failed and offers a link to copy instead (the copied link works, the
// one before it does not), one drawer onboards an organization with a new customer as admin,
// and the merchant decides approvals that a one-admin organization cannot decide itself.
// One store boot for the whole file.
import axios, { type AxiosInstance } from "axios"
import type { Browser, Locator, Page } from "playwright-core"
import { checkout, type Shop } from "../helpers/checkout"
import { send } from "../helpers/http"
import { createCustomerSession, type CustomerSession } from "../helpers/store"
import { adminApi, requestAccount, type AdminApi } from "./helpers/api"
import { launch, logIn, screenshot } from "./helpers/browser"
import { startStore, type Store } from "./helpers/store"

let store: Store
let browser: Browser
let page: Page
let api: AdminApi
let http: AxiosInstance
let publishableKey: string
let buyer: CustomerSession
let invitee: CustomerSession
let onboardedUrl: string
const consoleErrors: string[] = []

// Valid Dutch VAT numbers (format and check digits) and KvK numbers.
const EXISTING = { name: "Existing Trading BV", vat_number: "NL000099995B01", registration_number: "11112222", country_code: "nl" }
const ONBOARDED = { name: "Onboard Trading BV", vat_number: "NL000100006B01", registration_number: "33334444" }
const ADDRESS = { address_1: "Stationsplein 1", postal_code: "3511 ED", city: "Utrecht", country_code: "nl" }

const app = (path: string) => `${store.url}/app${path}`
const drawer = () => page.getByRole("dialog")
const prompt = () => page.getByRole("alertdialog")
const row = (scope: Locator, text: string | RegExp) => scope.getByRole("row").filter({ hasText: text })
const tokenOf = (url: string) => new URL(url).searchParams.get("token")!

async function expectVisible(locator: Locator) {
  await locator.first().waitFor({ state: "visible" })
}

/** Opens the "…" menu of a row and picks an action. */
async function rowAction(scope: Locator, text: string | RegExp, action: string) {
  await row(scope, text).getByRole("button", { name: "More actions" }).click()
  await page.getByRole("menuitem", { name: action }).click()
}

/** The link in the copy-link dialog, after which the dialog is closed with Done. */
async function takeCopiedLink(): Promise<string> {
  const dialog = page.getByTestId("copy-link-dialog")
  await expectVisible(dialog.getByText(/no longer works/))
  const url = await dialog.getByTestId("copy-link-url").inputValue()
  expect(url).toMatch(/token=/)
  await dialog.getByRole("button", { name: "Done" }).click()
  await dialog.waitFor({ state: "detached" })
  return url
}

/** Runs a step; on failure keeps a screenshot of where it stopped. Fails on console errors. */
async function step(name: string, body: () => Promise<void>) {
  consoleErrors.length = 0
  try {
    await body()
    await screenshot(page, `merchant-${name}`)
  } catch (error) {
    await screenshot(page, `merchant-FAILED-${name}`).catch(() => undefined)
    throw error
  }
  expect(consoleErrors).toEqual([])
}

/** A member's cart above the threshold, sent for approval over the store API. */
async function pendingApproval(organizationId: string): Promise<{ approvalId: string; cartId: string }> {
  const headers = { ...buyer.headers, "x-organization-id": organizationId }
  const result = await checkout(http, headers, store.seed as Shop, { address: ADDRESS })
  expect({ stage: result.stage, code: result.response.data?.code }).toEqual({ stage: "complete", code: "approval_required" })
  const asked = await send(http, "post", `/store/carts/${result.cartId}/approval`, { headers })
  expect(asked.status).toBe(200)
  return { approvalId: asked.data.approval.id, cartId: result.cartId! }
}

beforeAll(async () => {
  store = await startStore({ seed: "./integration-tests/browser/seed-shop.ts", env: { B2B_TEST_EMAIL_PROVIDER: "none" } })
  api = await adminApi(store.url)
  http = axios.create({ baseURL: store.url })
  publishableKey = await api.publishableKey()
  buyer = await createCustomerSession(http, publishableKey, "solo.admin@merchant.test")
  invitee = await createCustomerSession(http, publishableKey, "invitee@merchant.test")
  await api.post("/admin/organizations", EXISTING)
  browser = await launch()
  page = await browser.newPage({ viewport: { width: 1440, height: 1000 } })
  page.setDefaultTimeout(20_000)
  page.on("console", (message) => {
    const text = message.text()
    // Chromium logs every refused request; a 4xx here is an answer the page shows (400, 409).
    const status = /Failed to load resource: the server responded with a status of (\d{3})/.exec(text)?.[1]
    if (message.type() === "error" && !(status && Number(status) < 500)) consoleErrors.push(text)
  })
  page.on("pageerror", (error) => consoleErrors.push(String(error)))
  // The first visit may wait for Vite to compile the dashboard (see logIn).
  await logIn(page, store.url)
}, 420_000)

afterAll(async () => {
  await browser?.close()
  await store?.stop()
}, 60_000)

test("the status route and every plugin page say that e-mail cannot be delivered", async () => {
  const { email_delivery } = await api.get("/admin/b2b/status")
  expect(email_delivery).toMatchObject({ configured: false })
  await step("01-banner", async () => {
    for (const path of ["/organizations", "/account-requests", "/approvals", "/access-groups"]) {
      await page.goto(app(path))
      await expectVisible(page.getByTestId("email-delivery-banner").getByText("E-mails from this plugin cannot be delivered"))
    }
  })
}, 60_000)

test("one drawer onboards an organization with a new customer as its admin; the failed activation e-mail leaves a link to copy", async () => {
  await step("02-onboarding", async () => {
    await page.goto(app("/organizations"))
    await page.getByRole("button", { name: "Create" }).first().click()
    await drawer().locator('[name="name"]').fill(ONBOARDED.name)
    // The VAT number of an existing organization: the drawer links to it while typing.
    await drawer().locator('[name="vat_number"]').fill(EXISTING.vat_number)
    await expectVisible(drawer().getByTestId("possible-duplicates").getByRole("link", { name: EXISTING.name }))
    await screenshot(page, "merchant-02a-drawer-duplicates")
    await drawer().locator('[name="registration_number"]').fill(ONBOARDED.registration_number)
    await drawer().getByTestId("select-country_code").click()
    await page.getByRole("option", { name: "Netherlands", exact: true }).click()
    // A VAT number the account-request form refuses is refused here too, at the field.
    await drawer().locator('[name="vat_number"]').fill("NL123456789B01")
    await drawer().getByRole("button", { name: "Create" }).click()
    await expectVisible(drawer().getByTestId("error-vat_number"))
    await drawer().locator('[name="vat_number"]').fill(ONBOARDED.vat_number)
    await drawer().getByTestId("possible-duplicates").waitFor({ state: "detached" })
    await drawer().locator('[name="admin_email"]').fill("nina@onboard.test")
    await drawer().locator('[name="admin_first_name"]').fill("Nina")
    await drawer().locator('[name="admin_last_name"]').fill("Nieuw")
    expect(await drawer().getByRole("checkbox", { name: /activate the account/ }).getAttribute("data-state")).toBe("checked")
    await drawer().getByRole("button", { name: "Create" }).click()
    await page.waitForURL(/\/app\/organizations\/org_/)
    onboardedUrl = page.url()
    const notice = page.getByTestId("activation-email-failed")
    await expectVisible(notice.getByText("The activation e-mail to nina@onboard.test was not sent"))
    await expectVisible(row(page.getByTestId("organization-members"), "nina@onboard.test").getByText("Admin"))
    await notice.getByRole("button", { name: "Copy activation link" }).click()
    const url = await takeCopiedLink()
    // The customer exists (made by the drawer) and has no account until the link is used.
    const { customers } = await api.get(`/admin/customers?q=nina@onboard.test&fields=id,email,first_name,has_account`)
    expect(customers).toEqual([expect.objectContaining({ email: "nina@onboard.test", first_name: "Nina", has_account: false })])
    const activated = await send(http, "post", "/store/activations", {
      body: { token: tokenOf(url), password: "a-long-enough-password-1" },
      headers: { "x-publishable-api-key": publishableKey },
    })
    expect(activated.status).toBe(200)
    const after = await api.get(`/admin/customers/${customers[0].id}?fields=id,has_account`)
    expect(after.customer.has_account).toBe(true)
  })
}, 90_000)

test("an invitation whose e-mail failed: the copied link works for the invitee, the link copied before it does not", async () => {
  await step("03-invitation-link", async () => {
    await page.goto(onboardedUrl)
    const invitations = page.getByTestId("organization-invitations")
    await invitations.getByRole("button", { name: "Invite" }).click()
    await drawer().locator('[name="email"]').fill("invitee@merchant.test")
    await drawer().getByRole("button", { name: "Send invitation" }).click()
    await drawer().waitFor({ state: "detached" })
    await expectVisible(page.getByText("The e-mail to invitee@merchant.test was not sent"))
    await screenshot(page, "merchant-03a-failed-invitation-toast")
    await page.getByRole("button", { name: "Copy link" }).click()
    await expectVisible(page.getByTestId("copy-link-dialog"))
    await screenshot(page, "merchant-03b-copy-link-dialog")
    const first = await takeCopiedLink()
    await rowAction(invitations, "invitee@merchant.test", "Copy invitation link")
    const second = await takeCopiedLink()
    expect(tokenOf(second)).not.toBe(tokenOf(first))
    const stale = await send(http, "post", "/store/invitations/accept", { body: { token: tokenOf(first) }, headers: invitee.headers })
    expect(stale.status).toBeGreaterThanOrEqual(400)
    expect(stale.status).toBeLessThan(500)
    const accepted = await send(http, "post", "/store/invitations/accept", { body: { token: tokenOf(second) }, headers: invitee.headers })
    expect(accepted.status).toBe(200)
    await page.reload()
    await expectVisible(row(page.getByTestId("organization-members"), "invitee@merchant.test"))
  })
}, 60_000)

test("a one-admin organization's approval: the policy warns, the merchant approves and the page shows who decided", async () => {
  const { organization } = await api.post("/admin/organizations", { name: "Solo Buyer BV", admin: { customer_id: buyer.customer.id } })
  await api.post(`/admin/organizations/${organization.id}/approval-policy`, { threshold: 50, currency_code: "eur", period: "month" })
  const { approvalId, cartId } = await pendingApproval(organization.id)
  await step("04-approve", async () => {
    await page.goto(app(`/organizations/${organization.id}`))
    await expectVisible(page.getByTestId("approval-policy-approver-warning").getByText(/cannot approve their own orders/))
    await page.goto(app(`/approvals/${approvalId}`))
    const cart = page.getByTestId("approval-cart")
    await expectVisible(row(cart, "Practice guide: payroll").getByText("€80.00"))
    await expectVisible(page.getByTestId("approval-requester").getByText("solo.admin Tester"))
    await page.getByTestId("approval").getByRole("button", { name: "Approve" }).click()
    await prompt().getByRole("button", { name: "Approve" }).click()
    const approval = page.getByTestId("approval")
    await expectVisible(approval.getByText("Approved"))
    await expectVisible(page.getByTestId("approval-decider").getByText("admin@browser.test (shop admin)"))
    expect(await approval.getByRole("button", { name: "Approve" }).count()).toBe(0)
  })
  // The approval lets the member place exactly that order.
  const completed = await send(http, "post", `/store/carts/${cartId}/complete`, {
    headers: { ...buyer.headers, "x-organization-id": organization.id },
  })
  expect(completed.data.type).toBe("order")
}, 90_000)

test("the merchant rejects an approval with a comment; a decision made meanwhile shows as already decided", async () => {
  const { organizations } = await api.get("/admin/organizations?q=Solo Buyer")
  const organizationId = organizations[0].id
  const rejected = await pendingApproval(organizationId)
  await step("05-reject", async () => {
    await page.goto(app(`/approvals/${rejected.approvalId}`))
    await page.getByTestId("approval").getByRole("button", { name: "Reject" }).click()
    await drawer().locator('[name="comment"]').fill("Over this month's budget.")
    await drawer().getByRole("button", { name: "Reject" }).click()
    await drawer().waitFor({ state: "detached" })
    const approval = page.getByTestId("approval")
    await expectVisible(approval.getByText("Rejected"))
    await expectVisible(approval.getByText("Over this month's budget."))
    await expectVisible(page.getByTestId("approval-decider").getByText("admin@browser.test (shop admin)"))
  })
  const raced = await pendingApproval(organizationId)
  await step("06-already-decided", async () => {
    await page.goto(app(`/approvals/${raced.approvalId}`))
    await expectVisible(page.getByTestId("approval").getByRole("button", { name: "Approve" }))
    // Another admin decides first, from another tab.
    await api.post(`/admin/approvals/${raced.approvalId}/reject`, { comment: "Decided elsewhere" })
    await page.getByTestId("approval").getByRole("button", { name: "Approve" }).click()
    await prompt().getByRole("button", { name: "Approve" }).click()
    await expectVisible(page.getByText("This request was already decided; showing the decision."))
    await expectVisible(page.getByTestId("approval").getByText("Decided elsewhere"))
  })
}, 120_000)

test("approving an account request that duplicates an organization asks first; the failed e-mail offers the activation link", async () => {
  const { account_request } = await requestAccount(store.url, publishableKey, {
    company: { name: "Onboard Trading Again BV", vat_number: ONBOARDED.vat_number, registration_number: "55556666", country_code: "NL", address: ADDRESS },
    contact: { first_name: "Dirk", last_name: "Dubbel", email: "dirk@again.test" },
  })
  await step("07-request-duplicates", async () => {
    await page.goto(app(`/account-requests/${account_request.id}`))
    await expectVisible(page.getByTestId("possible-duplicates").getByRole("link", { name: ONBOARDED.name }))
    await page.getByRole("button", { name: "Approve" }).click()
    await expectVisible(prompt().getByText(/Approve despite possible duplicates/))
    await prompt().getByRole("button", { name: "Approve anyway" }).click()
    await expectVisible(page.getByTestId("account-request-decision").getByText("Approved"))
    await expectVisible(page.getByText("The e-mail to dirk@again.test was not sent"))
    await page.getByRole("button", { name: "Copy link" }).click()
    const url = await takeCopiedLink()
    expect(url).toMatch(/\/account\/activate\?token=/)
  })
}, 60_000)

test("the sales channel's page switches members' carts between their organization's and personal", async () => {
  const channelId = (store.seed as Shop & { salesChannelId: string }).salesChannelId
  const widget = () => page.getByTestId("sales-channel-carts-widget")
  const toggle = () => widget().getByRole("switch", { name: "Members' carts are their organization's" })
  await step("20-organization-carts", async () => {
    await page.goto(app(`/settings/sales-channels/${channelId}`))
    // The seed marked this B2B shop's channel: on, and the page says what that means.
    await expectVisible(toggle())
    expect(await toggle().getAttribute("aria-checked")).toBe("true")
    await expectVisible(widget().getByText(/delivery locations, approvals and spending limits apply/))
    await toggle().click()
    await expectVisible(page.getByText("Organization carts saved"))
    await expectVisible(widget().getByText(/Members shop here privately/))
    expect((await api.get(`/admin/sales-channels/${channelId}/b2b-settings`)).b2b_settings.organization_carts).toBe(false)
    // A member's new cart there is now personal, until the merchant switches it back.
    const created = await send(http, "post", "/store/carts", { body: { region_id: (store.seed as Shop).regionId }, headers: buyer.headers })
    expect(created.status).toBe(200)
    await toggle().click()
    await expectVisible(widget().getByText(/delivery locations, approvals and spending limits apply/))
    expect((await api.get(`/admin/sales-channels/${channelId}/b2b-settings`)).b2b_settings.organization_carts).toBe(true)
  })
}, 90_000)
