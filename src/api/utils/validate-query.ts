import {
  validateAndTransformQuery,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { MedusaError } from "@medusajs/framework/utils"
import type { QueryConfig } from "./query-configs"

/** The fields a `?fields=` value names, without the `+`/`-` modifiers; removals (`-x`) are always fine. */
export function requestedFields(raw: unknown): string[] {
  const values = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]
  return values
    .flatMap((value) => String(value).split(","))
    .map((field) => field.trim())
    .filter((field) => field && !field.startsWith("-"))
    .map((field) => field.replace(/^\+/, "").trim())
}

const fieldsError = (field: string, allowed: readonly string[]) =>
  new MedusaError(
    MedusaError.Types.INVALID_DATA,
    `Field 'fields' may not name '${field}' on this route; it may name: ${allowed.join(", ")}`
  )

/**
 * 400 naming the first requested field this route does not allow. Only exact paths count:
 * a relation (`customer`, `customer.*`, `*customer`) never opens what lies under it, so
 * `?fields` can never walk from an allowed record to one the actor may not see.
 */
export function assertFieldsAllowed(raw: unknown, allowed: readonly string[]) {
  const allow = new Set(allowed)
  for (const field of requestedFields(raw)) {
    if (!allow.has(field)) throw fieldsError(field, allowed)
  }
}

/** 400 unless `?order=` names a sortable field of the route (optionally `-` for descending). */
export function assertOrderAllowed(raw: unknown, sortable: readonly string[]) {
  if (raw === undefined) return
  const field = typeof raw === "string" ? raw.replace(/^-/, "") : ""
  if (!sortable.includes(field)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Field 'order' must be one of ${sortable.join(", ")} (prefix '-' for descending)`
    )
  }
}

/**
 * The query middleware of every plugin route: Medusa's `validateAndTransformQuery`, preceded
 * by the route's own rules, so that a field or sort the route does not offer is a 400
 * naming it rather than something Medusa drops silently (or a 500 from the database).
 * Store configs carry `allowed` (an allow-list); admin configs only hide secrets.
 */
export function validateQuery(schema: z.ZodType, config: QueryConfig) {
  const medusa = validateAndTransformQuery(schema as any, config)
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      if (config.allowed) assertFieldsAllowed(req.query.fields, config.allowed)
      if (config.isList) assertOrderAllowed(req.query.order, config.sortable)
    } catch (error) {
      return next(error)
    }
    return medusa(req, res, next)
  }
}
