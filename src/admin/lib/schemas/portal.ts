import { z } from "zod"
import { optionalText, text } from "./fields"

/** "all" (no location) or a location's id; whether an installation token is needed too. */
export const accessCodeSchema = z.object({ location_id: z.string(), requires_installation_token: z.string() })

export const assetSchema = z.object({ name: text(255), serial_number: optionalText(100), location_id: text(64) })
