import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const memberLoginStepId = "member-login"

/** The membership's customer and login e-mail (lower case), or 404 for none of this organization. */
export const memberLoginStep = createStep(
  memberLoginStepId,
  async (input: { organization_id: string; membership_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [membership],
    } = await query.graph({
      entity: "organization_membership",
      fields: ["id", "status", "customer_id", "customer.email"],
      filters: { id: input.membership_id, organization_id: input.organization_id },
    })
    const email = (membership?.customer?.email as string | undefined)?.toLowerCase()
    if (!membership || !email) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Membership with id: ${input.membership_id} was not found`)
    }
    return new StepResponse({ customer_id: membership.customer_id as string, email, status: membership.status as string })
  }
)
