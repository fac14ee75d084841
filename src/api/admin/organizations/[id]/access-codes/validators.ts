import { z } from "zod"

export const CreateAccessCode = z.object({
  location_id: z.string().trim().min(1).max(64).optional(),
  requires_installation_token: z.boolean().optional(),
})

export const ChangeAccessCode = z
  .object({ enabled: z.boolean().optional(), regenerate: z.literal(true).optional() })
  .strict()
  .refine((body) => body.enabled !== undefined || body.regenerate, {
    message: "Field 'enabled': give enabled or regenerate",
    path: ["enabled"],
  })

export type CreateAccessCodeType = z.infer<typeof CreateAccessCode>
export type ChangeAccessCodeType = z.infer<typeof ChangeAccessCode>
