// Every string the dashboard asks for exists in English and Dutch (no raw keys on screen).
// Fast: reads the sources, boots nothing.
import fs from "node:fs"
import path from "node:path"
import en from "../../src/admin/i18n/en"
import nl from "../../src/admin/i18n/nl"
import { PERMISSIONS, ROLES } from "../../src/lib/permissions"

const adminDir = path.resolve(__dirname, "..", "..", "src", "admin")

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === "i18n" ? [] : sources(file)
    return /\.tsx?$/.test(entry.name) ? [fs.readFileSync(file, "utf8")] : []
  })
}

function lookup(messages: object, key: string): unknown {
  return key.split(".").reduce<any>((node, part) => node?.[part], messages)
}

/** i18next plural keys: `x` may be stored as `x_one` / `x_other`. */
const has = (messages: object, key: string) =>
  typeof lookup(messages, key) === "string" || typeof lookup(messages, `${key}_other`) === "string"

/** Every string's path, as segments (permission keys themselves contain dots). */
const leaves = (node: object, prefix: string[] = []): string[][] =>
  Object.entries(node).flatMap(([key, value]) =>
    typeof value === "string" ? [[...prefix, key]] : leaves(value, [...prefix, key])
  )
const at = (messages: object, segments: string[]) => segments.reduce<any>((node, part) => node?.[part], messages)

test("every literal key used in src/admin exists in English and Dutch", () => {
  const used = new Set<string>()
  for (const source of sources(adminDir)) {
    for (const match of source.matchAll(/\bt\(\s*"([a-zA-Z.]+)"/g)) used.add(match[1])
    for (const match of source.matchAll(/label: "b2b\.([a-zA-Z.]+)"/g)) used.add(match[1])
  }
  expect(used.size).toBeGreaterThan(100)
  const missing = [...used].filter((key) => !has(en, key) || !has(nl, key))
  expect(missing).toEqual([])
})

test("keys built at run time exist: statuses, roles, permissions, registration modes", () => {
  const statuses = ["active", "suspended", "deactivated", "pending", "approved", "rejected", "accepted", "revoked", "expired", "open", "approval"]
  const keys = [
    ...statuses.map((s) => `status.${s}`),
    ...ROLES.map((r) => `roles.${r}`),
    ...PERMISSIONS.map((p) => `permissions.${p}`),
    "groups.mode.open",
    "groups.mode.approval",
  ]
  // Permission keys contain dots: look them up as one key under `permissions`.
  const find = (messages: any, key: string) =>
    key.startsWith("permissions.") ? messages.permissions[key.slice("permissions.".length)] : lookup(messages, key)
  expect(keys.filter((key) => typeof find(en, key) !== "string" || typeof find(nl, key) !== "string")).toEqual([])
})

test("Dutch has no empty strings and no key left in English by accident", () => {
  const same = leaves(en)
    .filter((segments) => at(nl, segments) === at(en, segments))
    .map((segments) => segments.join("."))
  // Words that are the same in both languages.
  const alike = ["members.email", "organization.status", "requests.status", "members.status", "approvalPolicy.periods.week", "entitlements.kinds.training"]
  expect(same.filter((key) => !alike.includes(key))).toEqual([])
  expect(leaves(nl).filter((segments) => !String(at(nl, segments)).trim())).toEqual([])
})
