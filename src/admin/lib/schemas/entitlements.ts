import { z } from "zod"
import { ENTITLEMENT_KINDS } from "../../../lib/constants"
import { choice, says, text } from "./fields"

const SEATS = /^(\d+|unlimited)$/i
const DATE = /^\d{4}-\d{2}-\d{2}$/

const date = () => z.string().trim().refine((value) => !value || DATE.test(value), says("entitlements.dateFormat"))
const seats = () => z.string().trim().min(1).refine((value) => !value || SEATS.test(value), says("entitlements.seatsFormat"))

/** Kind and start are set once; title, seats and end can change. */
export const createEntitlementSchema = z.object({ kind: choice(ENTITLEMENT_KINDS), title: text(255), seats: seats(), starts_at: date(), ends_at: date() })
export const updateEntitlementSchema = z.object({ title: text(255), seats: seats(), ends_at: date() })
