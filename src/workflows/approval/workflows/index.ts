export * from "./decide-approval"
export * from "./request-cart-approval"
export * from "./set-approval-policy"
