import { z } from "zod"

export const StoreAcceptInvitation = z.object({
  token: z.string().trim().min(1).max(128),
})

export type StoreAcceptInvitationType = z.infer<typeof StoreAcceptInvitation>
