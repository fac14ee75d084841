import { z } from "zod"
import { text } from "./fields"

/** Rejecting needs a reason: it is e-mailed to the contact. */
export const rejectAccountRequestSchema = z.object({ reason: text(2000) })
