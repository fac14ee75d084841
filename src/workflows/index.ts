export * from "./organization"
export * from "./account-request"
export * from "./access-group"
export * from "./approval"
