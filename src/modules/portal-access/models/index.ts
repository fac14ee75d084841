export { default as AccessCode } from "./access-code"
export { default as Asset } from "./asset"
export { default as AttemptCounter } from "./attempt-counter"
