import { z } from "zod"
import { REGISTRATION_MODES } from "../../../lib/constants"
import { choice, text } from "./fields"

export const accessGroupSchema = z.object({ name: text(255), registration_mode: choice(REGISTRATION_MODES) })
