// The customer zone (storefront/) in Chromium: one store with the demo data and one
// `next start` of the zone for all suites (booting them costs more than most suites), run in
// this order: every page read-only first, then the suites that change the demo data.
// Every test fails on console errors, React warnings, 5xx answers and the zone server's errors.
import { everyPageSuite } from "./every-page.suite"
import { failOnServerErrors, startZone, type Zone } from "./helpers/zone"
import { orderingSuite } from "./ordering.suite"
import { publicPagesSuite } from "./public-pages.suite"
import { usersAndSeatsSuite } from "./users-and-seats.suite"

let zone: Zone

jest.setTimeout(300_000)

beforeAll(async () => {
  zone = await startZone()
}, 600_000)

afterAll(async () => {
  await zone?.stop()
})

failOnServerErrors(() => zone)

everyPageSuite(() => zone)
orderingSuite(() => zone)
publicPagesSuite(() => zone)
usersAndSeatsSuite(() => zone)
