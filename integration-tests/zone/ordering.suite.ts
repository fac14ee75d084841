// The customer zone's ordering journeys in Chromium against a store with the demo data:
// signing in and switching organizations, orders and their detail pages, approvals, shopping
// for the organization, and the address book.
import type { Page } from "playwright-core"
import { checkPage, pagePerTest, signIn, type Zone } from "./helpers/zone"

/** Registered by customer-zone.spec.ts, which boots one store and zone for every suite. */
export function orderingSuite(getZone: () => Zone) {
  describe("ordering", () => {
    let zone!: Zone

    let page: Page

    jest.setTimeout(240_000)

    pagePerTest(getZone, { zone: (current) => (zone = current), page: (current) => (page = current) })

    describe("signing in", () => {
      it("opens the first organization, with menus by permission and a switcher for people in several", async () => {
        await signIn(page, zone, "mia@consultant.demo")
        await page.getByTestId("acting-organization").waitFor()
        const first = await page.getByTestId("acting-organization").textContent()
        await checkPage(page, "overview")
        await page.getByText("Switch organization").click()
        const other = first === "Acme Accountants" ? "Brussels Legal Partners" : "Acme Accountants"
        await page.getByRole("link", { name: other }).click()
        await page.waitForURL(`**/account/${zone.organizationId(other)}`)
        await page.getByTestId("acting-organization").filter({ hasText: other }).waitFor()
      })

      it("refuses a wrong password in words and keeps the visitor on the form", async () => {
        await page.goto(`${zone.url}/sign-in`)
        await page.getByLabel("E-mail").fill("anna@acme.demo")
        await page.getByLabel("Password").fill("wrong-password")
        await page.getByRole("button", { name: "Sign in" }).click()
        await page.locator("[role=alert] [data-code]").waitFor()
        expect(page.url()).toContain("/sign-in")
        await checkPage(page, "sign-in-refused")
      })

      it("sends an anonymous visitor of the zone to sign in, and back afterwards", async () => {
        const acme = zone.organizationId("Acme Accountants")
        await page.goto(`${zone.url}/account/${acme}`)
        await page.waitForURL("**/sign-in?**")
        await page.getByLabel("E-mail").fill("anna@acme.demo")
        await page.getByLabel("Password").fill("demo-customer-password")
        await page.getByRole("button", { name: "Sign in" }).click()
        await page.waitForURL(`**/account/${acme}`)
      })

      it("answers another organization's id with a not-found page", async () => {
        await signIn(page, zone, "ben@acme.demo")
        const response = await page.goto(`${zone.url}/account/${zone.organizationId("Brussels Legal Partners")}`)
        expect(response?.status()).toBe(404)
      })
    })

    // ---- Shopping and the approval loop ----

    async function addToCart(page: Page, product: string, quantity = 1) {
      await page.goto(`${zone.url}/shop`)
      const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: product }) })
      await card.getByLabel("Quantity").fill(String(quantity))
      await card.getByRole("button", { name: "Add to cart" }).click()
      await card.getByText("Added to the cart.").waitFor()
    }

    /** Delivery to the member's first location and the first shipping option. */
    async function prepareCart(page: Page, location: string) {
      await page.goto(`${zone.url}/cart`)
      const select = page.getByLabel("Delivery location")
      const label = (await select.locator("option").allTextContents()).find((text) => text.includes(location))!
      await select.selectOption({ label })
      await page.getByRole("button", { name: "Deliver here" }).click()
      await page.getByLabel("Shipping method").waitFor()
      await page.getByRole("button", { name: "Choose", exact: true }).click()
      await page.waitForFunction(() => !document.querySelector('[data-testid="cart-total"]')?.textContent?.includes("—"))
    }

    /** The refusal an ActionForm shows (Next's route announcer is an empty role=alert too). */
    async function refusalOf(page: Page) {
      const refusal = page.locator("[role=alert] [data-code]").first()
      await refusal.waitFor()
      return { code: await refusal.getAttribute("data-code"), text: await refusal.textContent() }
    }

    describe("ordering for the organization", () => {
      it("a requester's order needs approval, an admin approves it in the zone, and the order appears for both", async () => {
        const acme = zone.organizationId("Acme Accountants")
        const rosa = page
        await signIn(rosa, zone, "rosa@acme.demo")
        await addToCart(rosa, "Practice guide: payroll", 2)
        await prepareCart(rosa, "Utrecht office")
        await rosa.getByText("For Acme Accountants").waitFor()
        await checkPage(rosa, "cart")

        // Placing it is refused with the reason in words; the request goes out.
        await rosa.getByRole("button", { name: "Place order" }).click()
        expect(await refusalOf(rosa)).toEqual({ code: "approval_required", text: expect.stringContaining("needs approval") })
        await rosa.getByRole("button", { name: "Request approval" }).click()
        await rosa.getByTestId("approval-state").getByText("waiting for a decision").waitFor()

        // The admin decides in the customer zone.
        const anna = await zone.newPage()
        await signIn(anna, zone, "anna@acme.demo")
        await anna.goto(`${zone.url}/account/${acme}/approvals`)
        await checkPage(anna, "approvals")
        await anna.getByTestId("approval-row").first().getByRole("link", { name: "Open" }).click()
        await anna.getByRole("heading", { name: "The cart as requested" }).waitFor()
        await anna.getByText("Rosa Bakker").first().waitFor()
        await checkPage(anna, "approval-detail")
        await anna.getByLabel("Comment (optional)").fill("Fine for the Utrecht office")
        await anna.getByRole("button", { name: "Approve" }).click()
        await anna.getByTestId("approval-state").getByText("Approved").waitFor()

        // The cart changes after approval: completing is refused, asking again works.
        await rosa.goto(`${zone.url}/cart`)
        await rosa.getByTestId("approval-state").getByText("Approved").waitFor()
        const quantity = rosa.getByTestId("cart-line").first().getByRole("spinbutton")
        await quantity.fill("3")
        await rosa.getByTestId("cart-line").first().getByRole("button", { name: "Update" }).click()
        await rosa.getByTestId("approval-state").getByText("request approval again").waitFor()
        await rosa.getByRole("button", { name: "Place order" }).click()
        expect(await refusalOf(rosa)).toEqual({ code: "approval_stale", text: expect.stringContaining("request approval again") })
        await rosa.getByRole("button", { name: "Request approval" }).click()
        await rosa.getByTestId("approval-state").getByText("waiting for a decision").waitFor()

        await anna.goto(`${zone.url}/account/${acme}/approvals`)
        await anna.getByTestId("approval-row").first().getByRole("link", { name: "Open" }).click()
        await anna.getByRole("heading", { name: "The cart as requested" }).waitFor()
        await anna.getByRole("button", { name: "Approve" }).click()
        await anna.getByTestId("approval-state").getByText("Approved").waitFor()

        await rosa.goto(`${zone.url}/cart`)
        await rosa.getByTestId("approval-state").getByText("Approved").waitFor()
        await rosa.getByRole("button", { name: "Place order" }).click()
        await rosa.waitForURL("**/order/confirmed/**")
        await checkPage(rosa, "order-confirmed")
        await rosa.getByRole("link", { name: "View it in the customer zone" }).click()
        await rosa.getByRole("heading", { name: /Order #\d+/ }).waitFor()
        await rosa.getByText("Practice guide: payroll").first().waitFor()
        await rosa.getByText(/Decided by Anna de Vries/).waitFor()
        await checkPage(rosa, "order-detail")
        const orderUrl = new URL(rosa.url()).pathname

        // The admin sees it in the organization's orders, with the same detail.
        await anna.goto(`${zone.url}/account/${acme}/orders`)
        await checkPage(anna, "orders")
        await anna.goto(`${zone.url}${orderUrl}`)
        await anna.getByText("Rosa Bakker").first().waitFor()
        await expect(anna.getByTestId("order-total").textContent()).resolves.toBe(await rosa.getByTestId("order-total").textContent())
        await anna.close()
      })

      it("a buyer sees only their own and their locations' orders, and the address book without edit controls", async () => {
        const acme = zone.organizationId("Acme Accountants")
        await signIn(page, zone, "ben@acme.demo")
        await page.goto(`${zone.url}/account/${acme}/orders`)
        await page.getByText("Your orders and those of your delivery locations").waitFor()
        const placers = await page.locator("tbody tr td:nth-child(3)").allTextContents()
        expect(placers.every((name) => name === "Ben Jansen" || name === "—")).toBe(true)
        await page.goto(`${zone.url}/account/${acme}/addresses`)
        await page.getByTestId("location").first().waitFor()
        expect(await page.getByTestId("location").allTextContents()).toEqual([expect.stringContaining("Amersfoort branch")])
        expect(await page.getByRole("link", { name: /Edit/ }).count()).toBe(0)
        await checkPage(page, "addresses-member")
      })

      it("an admin adds and edits a delivery location", async () => {
        const acme = zone.organizationId("Acme Accountants")
        await signIn(page, zone, "anna@acme.demo")
        await page.goto(`${zone.url}/account/${acme}/addresses`)
        await page.getByLabel("Name of the location").fill("Zwolle depot")
        await page.getByLabel("Address", { exact: true }).fill("Havenweg 5")
        await page.getByLabel("Postal code").fill("8011 AB")
        await page.getByLabel("City").fill("Zwolle")
        await page.getByLabel("Country code (e.g. NL)").fill("NL")
        await page.getByRole("button", { name: "Add a delivery location" }).click()
        await page.getByTestId("location").filter({ hasText: "Zwolle depot" }).waitFor()
        await checkPage(page, "addresses-admin")
        await page.getByRole("link", { name: "Edit: Zwolle depot" }).click()
        await page.getByRole("heading", { name: "Edit Zwolle depot" }).waitFor()
        await page.getByLabel("City").fill("Zwolle-Zuid")
        await page.getByRole("button", { name: "Save" }).click()
        await page.getByText("Location saved.").waitFor()
        await checkPage(page, "address-edit")
        await page.goto(`${zone.url}/account/${acme}/addresses`)
        await page.getByTestId("location").filter({ hasText: "Zwolle-Zuid" }).waitFor()
      })
    })

    describe("a new colleague", () => {
      it("is invited in the zone, registers, accepts, and orders to the delivery location they were given", async () => {
        const acme = zone.organizationId("Acme Accountants")
        const anna = page
        await signIn(anna, zone, "anna@acme.demo")
        await anna.goto(`${zone.url}/account/${acme}/users/invite`)
        await anna.getByLabel("Role").selectOption({ label: "Buyer" })
        await anna.getByLabel("E-mail address").fill("sem@acme.demo")
        await anna.getByLabel("Amersfoort branch").check()
        await anna.getByRole("button", { name: "Send invitation" }).click()
        await anna.getByText("Invitation sent to sem@acme.demo.").waitFor()

        // The e-mailed link opens the zone; Sem registers first and comes back to accept.
        const [invitation] = await zone.emails("sem@acme.demo", { template: "b2b-organization-invitation" })
        const link = new URL(String(invitation.data.accept_url))
        expect(link.origin).toBe(zone.url)
        const sem = await zone.newPage()
        await sem.goto(link.toString())
        await sem.getByRole("main").getByRole("link", { name: "Create an account" }).click()
        await sem.waitForURL("**/register?**")
        await sem.getByLabel("First name").fill("Sem")
        await sem.getByLabel("Last name").fill("de Groot")
        await sem.getByLabel("E-mail").fill("sem@acme.demo")
        await sem.getByLabel("Password").fill("sems-own-password")
        await checkPage(sem, "register")
        await sem.getByRole("button", { name: "Create account" }).click()
        await sem.waitForURL("**/invitations/accept?**")
        await sem.getByRole("button", { name: "Accept the invitation" }).click()
        await sem.waitForURL(`**/account/${acme}`)
        await sem.getByTestId("acting-organization").filter({ hasText: "Acme Accountants" }).waitFor()

        // A buyer orders without approval, to the one location Anna gave.
        await addToCart(sem, "Practice guide: payroll")
        await sem.goto(`${zone.url}/cart`)
        expect(await sem.getByLabel("Delivery location").locator("option").allTextContents()).toEqual([expect.stringContaining("Amersfoort branch")])
        await prepareCart(sem, "Amersfoort branch")
        await sem.getByRole("button", { name: "Place order" }).click()
        await sem.waitForURL("**/order/confirmed/**")
        await sem.getByRole("link", { name: "View it in the customer zone" }).click()
        await sem.getByRole("heading", { name: /Order #\d+/ }).waitFor()
        await sem.getByText("Amersfoort branch").first().waitFor()
        await sem.getByText("Placed without approval.").waitFor()
        await sem.close()
      })
    })
  })
}
