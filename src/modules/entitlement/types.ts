import type { InferTypeOf } from "@medusajs/framework/types"
import type Entitlement from "./models/entitlement"
import type SeatAssignment from "./models/seat-assignment"

// Record types of the entitlement module, from its models (one source).

export type EntitlementDTO = Omit<InferTypeOf<typeof Entitlement>, "assignments">
export type EntitlementKind = EntitlementDTO["kind"]
export type SeatDTO = Omit<InferTypeOf<typeof SeatAssignment>, "entitlement"> & {
  entitlement_id: string
  /** When read with the relation. */
  entitlement?: EntitlementDTO
}

/** Who holds a seat: a member, or (trainings) a named outside participant. */
export type SeatHolder = { membership_id: string } | { participant_name: string; participant_email: string }
