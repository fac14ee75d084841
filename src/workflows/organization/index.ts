export * from "./create-organizations"
export * from "./steps/create-organizations"
