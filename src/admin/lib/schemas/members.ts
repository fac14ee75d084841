import { z } from "zod"
import { PERMISSIONS, ROLES } from "../../../lib/permissions"
import { choice, email, ids, optionalCurrencyAmounts, picks } from "./fields"

/** Role and permission checklist (adding a member, editing one, inviting). */
const access = { role: choice(ROLES), permissions: picks(PERMISSIONS) }

export const addMemberSchema = z.object({ email: email(), ...access, location_ids: ids(), spending_limit: optionalCurrencyAmounts() })

export const updateMemberSchema = z.object({ ...access, location_ids: ids(), spending_limit: optionalCurrencyAmounts() })

export const inviteSchema = z.object({ email: email(), ...access, location_ids: ids() })
