import { MedusaError } from "@medusajs/framework/utils"

/** One refused input field, by its path in the body ("members[3].email"), and why. */
export type FieldIssue = { field: string; reason: string }

/** A body path as the API names it: object keys joined by dots, array indexes in brackets. */
export const fieldPath = (path: readonly PropertyKey[]) =>
  path.reduce<string>(
    (joined, key) => (typeof key === "number" ? `${joined}[${key}]` : joined ? `${joined}.${String(key)}` : String(key)),
    ""
  )

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
