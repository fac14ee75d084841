import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { fieldPath, invalidFields, type FieldIssue } from "../../lib/field-errors"

/** Every issue of a failed parse, each naming its field ("members[3].email"). */
export function fieldIssuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.flatMap((issue): FieldIssue[] => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({ field: fieldPath([...issue.path, key]), reason: "is not allowed" }))
    }
    const field = fieldPath(issue.path) || "body"
    // The plugin's own refinements already say "Field '…' …": keep their reason only.
    const own = issue.message.match(/^Field '[^']*' (.*)$/)
    return [{ field, reason: own ? own[1] : `is invalid: ${issue.message}` }]
  })
}

/**
 * Medusa's validateAndTransformBody for bodies with many rows: the same `req.validatedBody`,
 * but a 400 that names every failing field, where Medusa's validator names the first three
 * (and drops the field of format errors such as an e-mail). Schemas say `.strict()` themselves.
 * `alsoCheck` adds issues found on the raw body (rules zod would skip after another issue).
 */
export function validateAndTransformEveryField(schema: z.ZodType, alsoCheck?: (body: unknown) => FieldIssue[]) {
  return async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const body = req.body ?? {}
    const parsed = await schema.safeParseAsync(body)
    const issues = [...(parsed.success ? [] : fieldIssuesOf(parsed.error)), ...(alsoCheck?.(body) ?? [])]
    if (issues.length) return next(invalidFields(byRow(issues)))
    req.validatedBody = parsed.data
    next()
  }
}

// Issues of rows in row order ("members[2].role" before "members[10].email"), the others first.
const rowOf = (issue: FieldIssue) => Number(issue.field.match(/^[^.[]+\[(\d+)\]/)?.[1] ?? -1)
const byRow = (issues: FieldIssue[]) => issues.map((issue, i) => ({ issue, i })).sort((a, b) => rowOf(a.issue) - rowOf(b.issue) || a.i - b.i).map(({ issue }) => issue)
