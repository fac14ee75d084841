import { defineLink } from "@medusajs/framework/utils"
import CartModule from "@medusajs/medusa/cart"
import OrganizationModule from "../modules/organization"

// The organization a cart buys for; written only by the cart-creation hook after the
// membership was verified, never from anything the client sends.
// An organization has many carts (`organization.carts`), a cart one organization (`cart.organization`).
export default defineLink(
  OrganizationModule.linkable.organization,
  { linkable: CartModule.linkable.cart, isList: true },
  { database: { table: "b2b_organization_cart" } }
)
