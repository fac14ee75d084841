// What a server action answers to the form that called it: done (with a message), or why not
// in words, with the fields the store named.
export type ActionState = {
  ok?: boolean
  message?: string
  /** The refusal's stable code (tests and pages may branch on it). */
  code?: string
  fields?: { field: string; message: string }[]
  /** A value the page shows once (e.g. a link to hand over). */
  value?: string
}

export const idle: ActionState = {}
