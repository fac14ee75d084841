// Entitlement list requests, shared by the admin and store routes.
import { z } from "zod"
import { ENTITLEMENT_KINDS } from "../../../lib/constants"
import { listParams } from "../../utils/validators"

export const GetEntitlementsParams = listParams({ limit: 20 }).extend({
  kind: z.enum(ENTITLEMENT_KINDS).optional(),
})
