// Reading the API's errors (`{ type, message }`), kept free of React so tests can import it.

/** The API's message (`{ type, message }`), or the error's own. */
export function errorMessage(error: unknown): string {
  if (error && typeof error === "object" && "message" in error) return String(error.message)
  return String(error)
}

/**
 * Splits a validation message ("Field 'name' is required; Value for field 'company.vat_number' …")
 * into messages per field (the last part of the path) and the rest.
 */
export function fieldErrors(error: unknown): { fields: Record<string, string>; general: string[] } {
  const fields: Record<string, string> = {}
  const general: string[] = []
  const message = errorMessage(error).replace(/^Invalid request:\s*/, "")
  for (const part of message.split(/;\s*/).filter(Boolean)) {
    const match = part.match(/field '([^']+)'/i)
    const field = match?.[1].split(".").pop()
    if (field && !fields[field]) fields[field] = part
    else general.push(part)
  }
  return { fields, general }
}
