export * from "./decide-approval"
export * from "./expire-approvals"
export * from "./request-cart-approval"
export * from "./set-approval-policy"
