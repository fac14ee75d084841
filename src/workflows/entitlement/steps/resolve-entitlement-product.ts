import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const resolveEntitlementProductStepId = "resolve-entitlement-product"

/** The product of the variant an entitlement is for (404 for an unknown variant); none without a variant. */
export const resolveEntitlementProductStep = createStep(
  resolveEntitlementProductStepId,
  async ({ product_variant_id }: { product_variant_id?: string | null }, { container }) => {
    if (!product_variant_id) return new StepResponse<string | null>(null)
    const [variant] = await container
      .resolve(Modules.PRODUCT)
      .listProductVariants({ id: product_variant_id }, { select: ["id", "product_id"] })
    if (!variant) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product variant with id: ${product_variant_id} was not found`)
    }
    return new StepResponse<string | null>(variant.product_id ?? null)
  }
)
