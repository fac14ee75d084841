import { z } from "zod"

/** `GET /admin/b2b/status`: whether any notification provider serves the `email` channel. */
export const b2bStatusResponse = z.strictObject({
  email_delivery: z.strictObject({
    configured: z.boolean(),
    providers: z.array(z.string()),
    message: z.string().nullable(),
  }),
})
