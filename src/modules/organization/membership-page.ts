import type { MembershipDTO } from "./types"

// The members page is the plugin's hottest list: read as plain rows in one statement (page,
// count and each member's locations) instead of hydrating ORM entities through query.graph,
// whose bookkeeping cost more than the query itself (issue 18).

/** A membership's columns as the members page returns them. */
export type MembershipPageRow = Pick<
  MembershipDTO,
  | "id"
  | "organization_id"
  | "customer_id"
  | "role"
  | "grants"
  | "revokes"
  | "status"
  | "spending_limit"
  | "spending_limit_set_by"
  | "notification_preferences"
  | "created_at"
  | "updated_at"
> & {
  locations: { id: string; label: string }[]
}

export type MembershipPageQuery = {
  organization_id: string
  id?: string[]
  role?: string[]
  status?: string[]
  skip: number
  take: number
  /** Column → direction; only the columns below sort. */
  order?: Record<string, string>
  /** A viewer without addresses.manage: each member's locations narrowed to this membership's. */
  locations_visible_to?: string
}

/** Columns `?order=` may name, and the SQL they sort by (the allow-list of the query config). */
const SORTABLE = new Set([
  "id",
  "organization_id",
  "customer_id",
  "role",
  "status",
  "spending_limit",
  "spending_limit_set_by",
  "created_at",
  "updated_at",
])

function orderBy(order: Record<string, string> = { created_at: "ASC" }) {
  const terms = Object.entries(order)
    .filter(([column]) => SORTABLE.has(column))
    .map(([column, direction]) => `m.${column} ${String(direction).toUpperCase() === "DESC" ? "desc" : "asc"}`)
  // id breaks ties, so pages never overlap; in the first term's direction, so the
  // (organization_id, created_at, id) index serves both directions of the default order.
  const direction = terms[0]?.endsWith(" desc") ? "desc" : "asc"
  return [...terms, `m.id ${direction}`].join(", ")
}

function whereOf(query: MembershipPageQuery) {
  const terms = ["m.organization_id = ?", "m.deleted_at is null"]
  const params: unknown[] = [query.organization_id]
  for (const column of ["id", "role", "status"] as const) {
    const values = query[column]
    if (!values?.length) continue
    terms.push(`m.${column} in (${values.map(() => "?").join(", ")})`)
    params.push(...values)
  }
  return { clause: terms.join(" and "), params }
}

/** The count of the page's filter; alone only for a page past the end. */
export function membershipCountStatement(query: MembershipPageQuery) {
  const where = whereOf(query)
  return { sql: `select count(*)::int as count from organization_membership m where ${where.clause}`, params: where.params }
}

/** The statement and its parameters: one round trip for rows, count and locations. */
export function membershipPageStatement(query: MembershipPageQuery): { sql: string; params: unknown[] } {
  const where = whereOf(query)
  const count = membershipCountStatement(query)
  const visible = query.locations_visible_to
    ? `and exists (select 1 from organization_membership_location v
                    where v.organization_membership_id = ? and v.organization_location_id = l.id)`
    : ""
  const sql = `
    select m.id, m.organization_id, m.customer_id, m.role, m.grants, m.revokes, m.status,
           m.spending_limit, m.spending_limit_set_by,
           m.notification_preferences, m.created_at, m.updated_at,
           coalesce((
             select json_agg(json_build_object('id', l.id, 'label', l.label) order by l.created_at, l.id)
               from organization_membership_location ml
               join organization_location l on l.id = ml.organization_location_id and l.deleted_at is null
              where ml.organization_membership_id = m.id ${visible}
           ), '[]'::json) as locations,
           (${count.sql}) as total_count
      from organization_membership m
     where ${where.clause}
     order by ${orderBy(query.order)}
     limit ? offset ?`
  const params = [
    ...(query.locations_visible_to ? [query.locations_visible_to] : []),
    ...count.params,
    ...where.params,
    query.take,
    query.skip,
  ]
  return { sql, params }
}

type RawRow = MembershipPageRow & { total_count: number }

/** The page's rows and the count the statement carried on each. */
export function toMembershipPage(rows: RawRow[]): { rows: MembershipPageRow[]; count: number | null } {
  return {
    count: rows.length ? rows[0].total_count : null,
    rows: rows.map(({ total_count: _count, ...row }) => row),
  }
}
