import { z } from "@medusajs/framework/zod"

export const MIN_PASSWORD_LENGTH = 10

export const StoreActivateAccount = z.object({
  token: z.string().trim().min(1).max(128),
  password: z.string().min(MIN_PASSWORD_LENGTH).max(128),
})

export type StoreActivateAccountType = z.infer<typeof StoreActivateAccount>
