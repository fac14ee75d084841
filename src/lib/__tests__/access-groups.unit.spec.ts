import { groupsAdmit, registrationModeOf, type ChannelGroup } from "../access-groups"

const group = (over: Partial<ChannelGroup>): ChannelGroup => ({
  sales_channel_id: "sc_b2b",
  access_group_id: "accgrp_b2b",
  registration_mode: "approval",
  has_customer: false,
  has_organization: false,
  member_active: false,
  ...over,
})

describe("groupsAdmit", () => {
  const member = { customerId: "cus_1", organizationId: "org_1" }

  it("admits everybody on a channel in no group, and when the key has no channel", () => {
    expect(groupsAdmit([], ["sc_b2b"], member)).toBe(true)
    expect(groupsAdmit([], [], {})).toBe(true)
  })

  it("acting for an organization: the organization in one of the channel's groups and an active membership", () => {
    // Invited or merchant-added: a member, in no customer row of any group.
    expect(groupsAdmit([group({ has_organization: true, member_active: true })], ["sc_b2b"], member)).toBe(true)
    // Removed, deactivated, pending, or never a member (a contact in the group): out.
    expect(groupsAdmit([group({ has_organization: true, has_customer: true })], ["sc_b2b"], member)).toBe(false)
    // The organization in no group of the channel: out, whatever the customer rows say.
    expect(groupsAdmit([group({ has_customer: true, member_active: true })], ["sc_b2b"], member)).toBe(false)
    expect(
      groupsAdmit(
        [group({ has_organization: true, member_active: true, sales_channel_id: "sc_other" }), group({ member_active: true })],
        ["sc_b2b"],
        member
      )
    ).toBe(false)
  })

  it("acting for no organization: the customer's own row in one of the channel's groups", () => {
    expect(groupsAdmit([group({ has_customer: true })], ["sc_b2b"], { customerId: "cus_1" })).toBe(true)
    expect(groupsAdmit([group({ has_organization: true, member_active: true })], ["sc_b2b"], { customerId: "cus_1" })).toBe(false)
    // A guest checkout's customer record in the group: only a typed e-mail, no proof (issue 25, item 15).
    expect(groupsAdmit([group({ has_customer: true })], ["sc_b2b"], { customerId: "cus_1", guest: true })).toBe(false)
  })

  it("lets guests and customers in no group in only where a group is open", () => {
    const open = group({ registration_mode: "open" })
    expect(groupsAdmit([open], ["sc_b2b"], {})).toBe(true)
    expect(groupsAdmit([group({})], ["sc_b2b"], {})).toBe(false)
    expect(groupsAdmit([open], ["sc_b2b"], { customerId: "cus_g", guest: true })).toBe(true)
    // A registered B2C buyer: in no organization and no group (issue 15, class 8).
    expect(groupsAdmit([open], ["sc_b2b"], { customerId: "cus_1" })).toBe(true)
    expect(groupsAdmit([group({})], ["sc_b2b"], { customerId: "cus_1" })).toBe(false)
    // An organization member buying privately (personal cart) is a B2C buyer there, whatever groups the
    // merchant put the customer in (issue 26); acting for an organization is not.
    expect(groupsAdmit([open, group({ sales_channel_id: "sc_other", has_customer: true })], ["sc_b2b"], { customerId: "cus_1" })).toBe(true)
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
