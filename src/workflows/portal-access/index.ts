// No e-mails: the merchant hands codes over themselves (seed 003); changes are events (src/lib/events.ts).
export * from "./steps"
export * from "./workflows"
