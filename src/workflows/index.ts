export * from "./organization"
