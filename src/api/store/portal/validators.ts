import { z } from "zod"

export const OpenPortalSession = z.object({
  code: z.string().trim().min(1).max(64),
  token: z.string().trim().min(1).max(64).optional(),
})

export type OpenPortalSessionType = z.infer<typeof OpenPortalSession>
