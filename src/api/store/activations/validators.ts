import { z } from "zod"

export const MIN_PASSWORD_LENGTH = 10

/** `password` may be left out only by the customer the link was sent for, logged in. */
export const StoreActivateAccount = z.object({
  token: z.string().trim().min(1).max(128),
  password: z.string().min(MIN_PASSWORD_LENGTH).max(128).optional(),
})

export type StoreActivateAccountType = z.infer<typeof StoreActivateAccount>
