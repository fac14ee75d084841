export { default as ApprovalPolicy } from "./approval-policy"
export { default as ApprovalRequest } from "./approval-request"
export { default as SpendingReservation } from "./spending-reservation"
export { default as SpendingRecord } from "./spending-record"
