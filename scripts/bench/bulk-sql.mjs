// Bulk data for `npm run bench`, written with INSERT … SELECT generate_series straight into the
// plugin's and Medusa's tables (seconds for 500,000 rows, where the module services take
// minutes). Ids only need their model's prefix and to be unique; columns not named take the
// migrations' defaults.

const pad = (expr, width) => `lpad((${expr})::text, ${width}, '0')`

// Organization names from two word lists: "Trading" is in one name of ten (a common word),
// "Zephyrion" only in the few made by rareOrganizations (a rare word).
const FIRST = "ARRAY['Acme','Globex','Initech','Umbrella','Stark','Wayne','Hooli','Vandelay','Soylent','Cyberdyne']"
const SECOND = "ARRAY['Logistics','Foods','Bouw','Techniek','Handel','Media','Zorg','Energie','Trading','Retail']"
const nameOf = (n) => `(${FIRST})[1 + (${n}) % 10] || ' ' || (${SECOND})[1 + ((${n}) / 10) % 10] || ' ' || (${n})`

export const COMMON_WORD = "Trading"
export const RARE_WORD = "Zephyrion"

/** Organizations number `from`..`to` (org_bulk_…), with two locations each when `locations`. */
export function organizations(from, to, { locations = false } = {}) {
  const statements = [
    `INSERT INTO organization (id, name, legal_name, vat_number, registration_number, country_code)
     SELECT 'org_bulk_' || ${pad("o", 7)}, ${nameOf("o")}, ${nameOf("o")} || ' B.V.',
            'NL' || ${pad("o", 9)} || 'B01', ${pad("o", 8)}, 'nl'
     FROM generate_series(${from}, ${to}) o`,
  ]
  if (locations) {
    statements.push(
      `INSERT INTO organization_location (id, organization_id, label, address_1, city, postal_code, country_code)
       SELECT 'orgloc_bulk_' || ${pad("o", 7)} || '_' || l, 'org_bulk_' || ${pad("o", 7)},
              CASE l WHEN 1 THEN 'Office' ELSE 'Depot' END, 'Straat ' || o || '-' || l, 'Utrecht', '3511 AA', 'nl'
       FROM generate_series(${from}, ${to}) o, generate_series(1, 2) l`
    )
  }
  return statements
}

/** A few organizations with the rare word in their name. */
export function rareOrganizations(count = 3) {
  return [
    `INSERT INTO organization (id, name, country_code)
     SELECT 'org_rare_' || r, '${RARE_WORD} Holding ' || r, 'nl' FROM generate_series(1, ${count}) r`,
  ]
}

/**
 * `perOrganization` members (customers cus_bulk_…) in each organization `from`..`to`, one role
 * of three in turn, each assigned to one of its organization's two locations; `orders`
 * organization order records per organization (their order ids point at no Medusa order: only
 * other organizations' pages would read them).
 */
export function members(from, to, perOrganization, { orders = 0 } = {}) {
  const first = (from - 1) * perOrganization + 1
  const last = to * perOrganization
  const orgOf = `((i - 1) / ${perOrganization} + 1)`
  const statements = [
    `INSERT INTO customer (id, email, first_name, last_name, has_account)
     SELECT 'cus_bulk_' || ${pad("i", 8)}, 'bulk-' || i || '@bench.test', 'Bulk', 'Member ' || i, true
     FROM generate_series(${first}, ${last}) i`,
    `INSERT INTO organization_membership (id, organization_id, customer_id, role)
     SELECT 'orgmem_bulk_' || ${pad("i", 8)}, 'org_bulk_' || ${pad(orgOf, 7)}, 'cus_bulk_' || ${pad("i", 8)},
            (ARRAY['admin','buyer','requester'])[1 + i % 3]
     FROM generate_series(${first}, ${last}) i`,
    `INSERT INTO organization_membership_location (organization_location_id, organization_membership_id)
     SELECT 'orgloc_bulk_' || ${pad(orgOf, 7)} || '_' || (1 + i % 2), 'orgmem_bulk_' || ${pad("i", 8)}
     FROM generate_series(${first}, ${last}) i`,
  ]
  if (orders) {
    statements.push(
      `INSERT INTO organization_order (id, organization_id, location_id, membership_id, order_id, status, currency_code, total, raw_total, created_at)
       SELECT 'orgord_bulk_' || ${pad("o", 7)} || '_' || k, 'org_bulk_' || ${pad("o", 7)},
              'orgloc_bulk_' || ${pad("o", 7)} || '_' || (1 + k % 2),
              'orgmem_bulk_' || ${pad(`(o - 1) * ${perOrganization} + k`, 8)},
              'order_bulk_' || ${pad("o", 7)} || '_' || k, 'pending', 'eur', 100, '{"value":"100","precision":20}',
              now() - (k || ' hours')::interval
       FROM generate_series(${from}, ${to}) o, generate_series(1, ${Math.min(orders, perOrganization)}) k`,
      // The approval module's ledger of the same orders (what spending limits are decided from).
      `INSERT INTO spending_record (id, order_id, cart_id, organization_id, membership_id, currency_code, amount, raw_amount, order_status, created_at)
       SELECT 'spend_bulk_' || ${pad("o", 7)} || '_' || k, 'order_bulk_' || ${pad("o", 7)} || '_' || k, null, 'org_bulk_' || ${pad("o", 7)},
              'orgmem_bulk_' || ${pad(`(o - 1) * ${perOrganization} + k`, 8)}, 'eur', 100, '{"value":"100","precision":20}', 'pending',
              now() - (k || ' hours')::interval
       FROM generate_series(${from}, ${to}) o, generate_series(1, ${Math.min(orders, perOrganization)}) k`
    )
  }
  return statements
}

/** `count` extra members (customers cus_extra_…) in one organization, roles in turn. */
export function membersOf(organizationId, count, tag) {
  return [
    `INSERT INTO customer (id, email, first_name, last_name, has_account)
     SELECT 'cus_${tag}_' || ${pad("i", 6)}, '${tag}-' || i || '@bench.test', 'Member', i::text, true
     FROM generate_series(1, ${count}) i`,
    `INSERT INTO organization_membership (id, organization_id, customer_id, role)
     SELECT 'orgmem_${tag}_' || ${pad("i", 6)}, '${organizationId}', 'cus_${tag}_' || ${pad("i", 6)},
            (ARRAY['admin','buyer','requester'])[1 + i % 3]
     FROM generate_series(1, ${count}) i`,
  ]
}

/** Each of `membershipPrefix`'s memberships assigned to one of `locationIds`, in turn. */
export function assignLocations(organizationId, locationIds) {
  return [
    `INSERT INTO organization_membership_location (organization_location_id, organization_membership_id)
     SELECT (ARRAY[${locationIds.map((id) => `'${id}'`).join(",")}])[1 + (row_number() OVER (ORDER BY id))::int % ${locationIds.length}], id
     FROM organization_membership m
     WHERE organization_id = '${organizationId}' AND deleted_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM organization_membership_location l WHERE l.organization_membership_id = m.id)`,
  ]
}

/** Account requests number `from`..`to`, a third of them pending; company names as organizations'. */
export function accountRequests(from, to) {
  return [
    `INSERT INTO organization_account_request (id, status, company_name, vat_number, registration_number, country_code, first_name, last_name, email)
     SELECT 'accreq_bulk_' || ${pad("r", 7)}, (ARRAY['pending','approved','rejected'])[1 + r % 3], ${nameOf("r")},
            'NL' || ${pad("r", 9)} || 'B01', ${pad("r", 8)}, 'nl', 'Requester', r::text, 'request-' || r || '@bench.test'
     FROM generate_series(${from}, ${to}) r`,
  ]
}

export function rareAccountRequests(count = 3) {
  return [
    `INSERT INTO organization_account_request (id, status, company_name, vat_number, registration_number, country_code, first_name, last_name, email)
     SELECT 'accreq_rare_' || r, 'pending', '${RARE_WORD} Holding ' || r, 'NL00000000' || r || 'B01', '0000000' || r, 'nl',
            'Rare', r::text, 'rare-' || r || '@bench.test'
     FROM generate_series(1, ${count}) r`,
  ]
}
