import { appendFileSync } from "node:fs"
import { z } from "zod"
import { CATALOG, type Operation } from "../../src/api/resources/catalog"
import { errorBody } from "../../src/api/resources/common"

// Every answer a test receives from a plugin route is parsed with that route's response
// schema (strictly: an undeclared field fails), so the schemas cannot drift from the routes.

const operations = (Object.entries(CATALOG) as [string, Operation][])
  .map(([name, operation]) => ({
    name,
    operation,
    pattern: new RegExp(`^${operation.path.replace(/\{[^}]+\}/g, "[^/]+")}$`),
    params: (operation.path.match(/\{/g) ?? []).length,
  }))
  // A literal segment wins over a parameter (`/organizations/duplicates` over `/organizations/{id}`).
  .sort((a, b) => a.params - b.params)

/** The catalog's operation of a request, if the route is the plugin's. */
export function operationOf(method: string, url: string) {
  const path = url.split("?")[0]
  return operations.find((entry) => entry.operation.method === method.toUpperCase() && entry.pattern.test(path))
}

/**
 * The same shape with every field optional, for answers that `?fields=` narrowed. The merchant
 * may also widen an admin answer with any relation (`?fields=*memberships`): there undeclared
 * keys pass (`loose`); a store answer stays strict, its `?fields` being an allow-list.
 */
function narrowable(schema: z.ZodType, loose: boolean): z.ZodType {
  if (schema instanceof z.ZodObject) {
    const shape = Object.fromEntries(
      Object.entries(schema.shape as Record<string, z.ZodType>).map(([key, value]) => [key, narrowable(value, loose).optional()])
    )
    return loose ? z.looseObject(shape) : z.strictObject(shape)
  }
  if (schema instanceof z.ZodArray) return z.array(narrowable(schema.element as z.ZodType, loose))
  if (schema instanceof z.ZodNullable) return narrowable(schema.unwrap() as z.ZodType, loose).nullable()
  if (schema instanceof z.ZodOptional) return narrowable(schema.unwrap() as z.ZodType, loose).optional()
  return schema
}

/** What is wrong with an answer of a plugin route, or null when it matches its schema. */
export function answerProblem(method: string, url: string, status: number, body: unknown): string | null {
  const entry = operationOf(method, url)
  if (!entry) return null
  const narrowed = /[?&]fields=/.test(url)
  // Medusa authenticates admin users before any plugin middleware runs: its own `{ message }`.
  const medusaAdmin401 = status === 401 && entry.operation.access === "admin"
  const schema = medusaAdmin401
    ? z.strictObject({ message: z.string() })
    : status >= 400
      ? errorBody
      : status === 200
        ? narrowed
          ? narrowable(entry.operation.response, entry.operation.access === "admin")
          : entry.operation.response
        : null
  if (!schema) return null
  const parsed = schema.safeParse(body)
  if (parsed.success) return null
  return `${method.toUpperCase()} ${url} → ${status} does not match ${status >= 400 ? "the error shape" : entry.name}: ${z.prettifyError(parsed.error)}`
}

/**
 * Checks an answer (the test fails on a mismatch) and, with B2B_RECORD_RESPONSES=FILE, appends it
 * to FILE, from which scripts/openapi-examples.ts picks the OpenAPI document's examples.
 */
export function checkAnswer(method: string, url: string, status: number, body: unknown) {
  if (process.env.B2B_RECORD_RESPONSES) {
    appendFileSync(process.env.B2B_RECORD_RESPONSES, JSON.stringify({ method: method.toLowerCase(), url, status, body }) + "\n")
  }
  const problem = answerProblem(method, url, status, body)
  if (problem) throw new Error(problem)
}
