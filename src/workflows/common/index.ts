export * from "./actor"
export * from "./steps/resolve-acting-member"
