import { z } from "zod"

/** `POST /store/activations`: the account is active; log in with this e-mail. */
export const activationResponse = z.strictObject({ activated: z.literal(true), email: z.string() })
