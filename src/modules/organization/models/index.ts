export { default as Invitation } from "./invitation"
export { default as Membership } from "./membership"
export { default as Organization } from "./organization"
export { default as AccountRequest } from "./account-request"
