import { groupsAdmit, registrationModeOf, type ChannelGroup } from "../access-groups"

const group = (over: Partial<ChannelGroup>): ChannelGroup => ({
  sales_channel_id: "sc_b2b",
  access_group_id: "accgrp_b2b",
  registration_mode: "approval",
  has_customer: false,
  has_organization: false,
  customer_grouped: false,
  ...over,
})

describe("groupsAdmit", () => {
  const member = { customerId: "cus_1", organizationId: "org_1" }

  it("admits everybody on a channel in no group, and when the key has no channel", () => {
    expect(groupsAdmit([], ["sc_b2b"], member)).toBe(true)
    expect(groupsAdmit([], [], {})).toBe(true)
  })

  it("needs customer and organization in one shared group", () => {
    expect(groupsAdmit([group({ has_customer: true, has_organization: true })], ["sc_b2b"], member)).toBe(true)
    expect(groupsAdmit([group({ has_customer: true })], ["sc_b2b"], member)).toBe(false)
    expect(groupsAdmit([group({ has_organization: true })], ["sc_b2b"], member)).toBe(false)
    // In two different groups of the channel is not sharing one.
    expect(
      groupsAdmit(
        [group({ has_customer: true }), group({ access_group_id: "accgrp_2", has_organization: true })],
        ["sc_b2b"],
        member
      )
    ).toBe(false)
    // Without an organization (a cart) the customer alone counts.
    expect(groupsAdmit([group({ has_customer: true })], ["sc_b2b"], { customerId: "cus_1" })).toBe(true)
  })

  it("lets guests and customers in no group in only where a group is open", () => {
    const open = group({ registration_mode: "open" })
    expect(groupsAdmit([open], ["sc_b2b"], {})).toBe(true)
    expect(groupsAdmit([group({})], ["sc_b2b"], {})).toBe(false)
    expect(groupsAdmit([open], ["sc_b2b"], { customerId: "cus_g", guest: true })).toBe(true)
    // A registered B2C buyer: in no organization and no group (issue 15, class 8).
    expect(groupsAdmit([open], ["sc_b2b"], { customerId: "cus_1" })).toBe(true)
    expect(groupsAdmit([group({})], ["sc_b2b"], { customerId: "cus_1" })).toBe(false)
    // A customer the merchant put in another group only, and anybody acting for an organization, are no B2C buyers.
    expect(groupsAdmit([group({ registration_mode: "open", customer_grouped: true })], ["sc_b2b"], { customerId: "cus_1" })).toBe(false)
    expect(groupsAdmit([open], ["sc_b2b"], { customerId: "cus_1", organizationId: "org_1" })).toBe(false)
  })

  it("admits when one of the key's channels admits", () => {
    expect(groupsAdmit([group({})], ["sc_b2b", "sc_free"], member)).toBe(true)
  })
})

describe("registrationModeOf", () => {
  it("is open only when the channel has groups and all are open", () => {
    expect(registrationModeOf([])).toBe("approval")
    expect(registrationModeOf([group({ registration_mode: "open" })])).toBe("open")
    expect(registrationModeOf([group({ registration_mode: "open" }), group({})])).toBe("approval")
  })
})
