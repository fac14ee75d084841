export { default as Entitlement } from "./entitlement"
export { default as SeatAssignment } from "./seat-assignment"
