import { generateResetPasswordTokenWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ensureLoginStep, ENTITY_PROVIDER } from "../account-request/steps/ensure-customer-account"

export type SendMemberActivationInput = {
  organization_id: string
  membership_id: string
  /** The store's JWT secret and options, which sign Medusa's reset-password token. */
  secret: string
  jwt_options?: Record<string, unknown>
}

/** Marks the `auth.password_reset` events this plugin asks for, so its subscriber e-mails them. */
export const MEMBER_ACTIVATION_MARKER = "b2b_member_activation"

const memberLoginStep = createStep(
  "member-login",
  async (input: { organization_id: string; membership_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [membership],
    } = await query.graph({
      entity: "organization_membership",
      fields: ["id", "customer_id", "customer.email"],
      filters: { id: input.membership_id, organization_id: input.organization_id },
    })
    const email = (membership?.customer?.email as string | undefined)?.toLowerCase()
    if (!membership || !email) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Membership with id: ${input.membership_id} was not found`)
    }
    return new StepResponse({ customer_id: membership.customer_id as string, email })
  }
)

/**
 * Manual activation by the merchant (seed 001, option 2): the member gets a login if they
 * have none, and Medusa's own reset-password flow makes the token; the plugin's subscriber
 * e-mails it as a "set your password" link.
 */
export const sendMemberActivationWorkflow = createWorkflow(
  "send-member-activation",
  (input: SendMemberActivationInput) => {
    const member = memberLoginStep(input)
    ensureLoginStep(member)
    const resetInput = transform({ input, member }, ({ input, member }) => ({
      entityId: member.email,
      actorType: "customer",
      provider: ENTITY_PROVIDER,
      secret: input.secret,
      jwtOptions: input.jwt_options,
      metadata: {
        [MEMBER_ACTIVATION_MARKER]: true,
        organization_id: input.organization_id,
        membership_id: input.membership_id,
      },
    }))
    generateResetPasswordTokenWorkflow.runAsStep({ input: resetInput })
    return new WorkflowResponse(member)
  }
)
