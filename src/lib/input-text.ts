import { fieldPath, type FieldIssue } from "./field-errors"

// What the plugin takes as text, on every route, checked once on the parsed body and query
// (src/api/utils/transport-guard.ts) rather than field by field: ids, e-mails, names and
// metadata alike end up in SQL, in e-mail headers and subjects, and on the dashboard.

/** How deep a JSON body may nest: the deepest plugin body (a batch row's metadata) needs 4. */
export const MAX_INPUT_DEPTH = 32

/**
 * Fields whose text may have several lines: tab, CR and LF pass there. They are free text
 * shown as a paragraph (a rejection's reason, a decision's comment) and everything under
 * `metadata` (the merchant's own data, never put in an e-mail header or subject).
 */
export const MULTILINE_FIELDS: readonly string[] = ["reason", "comment"]

// C0 controls, DEL, C1 controls and the Unicode line and paragraph separators.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/
// The same without tab, LF and CR.
const CONTROL_BUT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/

const isMultiline = (path: readonly PropertyKey[]) =>
  path.includes("metadata") || (typeof path[path.length - 1] === "string" && MULTILINE_FIELDS.includes(path[path.length - 1] as string))

/** The character a reason names: "NUL", "CR", "U+0085". */
const nameOf = (char: string) => {
  const code = char.codePointAt(0)!
  const names: Record<number, string> = { 0: "NUL", 9: "tab", 10: "LF", 13: "CR", 0x7f: "DEL" }
  return names[code] ?? `U+${code.toString(16).toUpperCase().padStart(4, "0")}`
}

/**
 * Every string of `input` (keys included) with a control character, and the first place it
 * nests deeper than `maxDepth`, each as a field issue. Walked without recursion, so a body
 * nested thousands deep is refused rather than overflowing the stack.
 */
export function inputTextIssues(input: unknown, maxDepth = MAX_INPUT_DEPTH): FieldIssue[] {
  const issues: FieldIssue[] = []
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: input, path: [] }]
  while (stack.length && issues.length < 20) {
    const { value, path } = stack.pop()!
    if (typeof value === "string") {
      const bad = value.match(isMultiline(path) ? CONTROL_BUT_LINES : CONTROL)
      if (bad) issues.push({ field: fieldPath(path) || "body", reason: `must not contain control characters (found ${nameOf(bad[0])})` })
      continue
    }
    if (!value || typeof value !== "object") continue
    if (path.length >= maxDepth) {
      issues.push({ field: fieldPath(path), reason: `is nested more than ${maxDepth} levels deep` })
      break
    }
    const entries = Array.isArray(value) ? value.map((item, i) => [i, item] as const) : Object.entries(value)
    for (const [key, item] of entries) {
      if (typeof key === "string" && CONTROL.test(key)) {
        issues.push({ field: fieldPath(path) || "body", reason: `has a key with control characters (found ${nameOf(key.match(CONTROL)![0])})` })
        continue
      }
      stack.push({ value: item, path: [...path, key] })
    }
  }
  return issues
}

/** Whether a decoded URL path holds a control character (an id ending in `%00`). */
export const pathHasControlCharacters = (decodedPath: string) => CONTROL.test(decodedPath)
