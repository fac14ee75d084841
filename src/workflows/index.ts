export * from "./organization"
export * from "./account-request"
