import { withoutUnchangedLimit } from "../member-changes"

describe("withoutUnchangedLimit", () => {
  it("drops a limit sent with the value it already has (a form saving every field)", () => {
    expect(withoutUnchangedLimit({ id: "m", spending_limit: { eur: 300, usd: 330 }, grants: [] }, { spending_limit: { usd: 330, EUR: "300" } })).toEqual({
      id: "m",
      grants: [],
    })
    expect(withoutUnchangedLimit({ spending_limit: null }, { spending_limit: null })).toEqual({})
  })

  it("keeps a changed, set or cleared limit, and any limit when the current row is unknown", () => {
    expect(withoutUnchangedLimit({ spending_limit: { eur: 200 } }, { spending_limit: { eur: 300 } })).toEqual({ spending_limit: { eur: 200 } })
    // The same amount in another currency is another limit.
    expect(withoutUnchangedLimit({ spending_limit: { usd: 300 } }, { spending_limit: { eur: 300 } })).toEqual({ spending_limit: { usd: 300 } })
    expect(withoutUnchangedLimit({ spending_limit: null }, { spending_limit: { eur: 300 } })).toEqual({ spending_limit: null })
    expect(withoutUnchangedLimit({ spending_limit: { eur: 100 } }, { spending_limit: null })).toEqual({ spending_limit: { eur: 100 } })
    expect(withoutUnchangedLimit({ spending_limit: { eur: 100 } }, null)).toEqual({ spending_limit: { eur: 100 } })
    expect(withoutUnchangedLimit({ role: "buyer" }, { spending_limit: { eur: 5 } })).toEqual({ role: "buyer" })
  })
})
