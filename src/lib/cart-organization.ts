/**
 * The container key under which the cart-creation middleware leaves the verified
 * organization context for the `cartCreated` hook. It lives in the request's own scope,
 * so nothing a client sends can set it.
 */
export const CART_ORGANIZATION_CONTEXT = "b2bCartOrganizationContext"

export type CartOrganizationContext = { organization_id: string; membership_id: string }

