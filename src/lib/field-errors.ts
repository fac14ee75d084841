import { MedusaError } from "@medusajs/framework/utils"

import type { FieldIssue } from "./field-path"

export { fieldPath, type FieldIssue } from "./field-path"

/**
 * A 400 naming every issue, in the text Medusa's validators use ("Invalid request: Field 'x' …;
 * Field 'y' …"), which the plugin's error handler turns into `errors: [{ field, message }]`.
 * Medusa's own validator reports only the first three issues; a batch must name them all.
 * A reason must not contain "; " (the handler splits issues there): callers keep input out of it.
 */
export function invalidFields(issues: readonly FieldIssue[]): MedusaError {
  const text = issues.map(({ field, reason }) => `Field '${field}' ${reason}`).join("; ")
  return new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: ${text}`)
}
