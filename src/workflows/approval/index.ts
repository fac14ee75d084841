export * from "./steps"
export * from "./workflows"
export type { WorkflowActor as ApprovalActor } from "../common/actor"
