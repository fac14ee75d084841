// Names of input fields as the API reports them. Pure: validators and the client's types use it.

/** One refused input field, by its path in the body ("members[3].email"), and why. */
export type FieldIssue = { field: string; reason: string }

/** A body path as the API names it: object keys joined by dots, array indexes in brackets. */
export const fieldPath = (path: readonly PropertyKey[]) =>
  path.reduce<string>(
    (joined, key) => (typeof key === "number" ? `${joined}[${key}]` : joined ? `${joined}.${String(key)}` : String(key)),
    ""
  )
