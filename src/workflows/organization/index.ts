export * from "./record-organization-order"
export * from "./steps"
export * from "./workflows"
