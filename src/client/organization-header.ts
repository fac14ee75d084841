/** The header Medusa's cart routes read for the organization a cart is for (README "Your existing storefront"). */
export const ORGANIZATION_HEADER = "x-organization-id"

/**
 * Headers naming the organization a new cart is for, for Medusa's own cart calls:
 * `sdk.store.cart.create(body, {}, organizationHeader(orgId))`; null: a private cart.
 */
export const organizationHeader = (organizationId: string | null): Record<string, string> =>
  organizationId ? { [ORGANIZATION_HEADER]: organizationId } : {}
