export { default as ApprovalPolicy } from "./approval-policy"
export { default as ApprovalRequest } from "./approval-request"
