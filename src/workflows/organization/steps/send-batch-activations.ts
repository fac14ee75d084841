import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { EmailOutcome } from "../../../lib/notifications"
import { sendMemberActivationWorkflow } from "../workflows/send-member-activation"

export type SendBatchActivationsInput = {
  organization_id: string
  members: { membership_id: string; email: string }[]
  /** The store's JWT secret and options, which sign Medusa's reset-password token. */
  secret: string
  jwt_options?: Record<string, unknown>
}

export type BatchActivation = { membership_id: string; email: EmailOutcome }

// E-mails are sent a few at a time: one per recipient is their nature, but not 1,000 at once.
const PARALLEL = 4

/**
 * The merchant's manual activation (send-member-activation: a login if the member has none,
 * the activation link, the e-mail) for each new member, so an
 * invited batch gets what the activation button gives one member. Last step of its workflow:
 * like every e-mail step it never fails the action; a member whose e-mail could not go out is
 * reported `failed`, and the merchant sends the activation again from the member's page.
 */
export const sendBatchActivationsStepId = "send-batch-activations"
export const sendBatchActivationsStep = createStep(
  sendBatchActivationsStepId,
  async ({ members, ...input }: SendBatchActivationsInput, { container }) => {
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    const results: BatchActivation[] = []
    for (let start = 0; start < members.length; start += PARALLEL) {
      const slice = members.slice(start, start + PARALLEL)
      results.push(
        ...(await Promise.all(
          slice.map(async ({ membership_id, email }): Promise<BatchActivation> => {
            try {
              const { result } = await sendMemberActivationWorkflow(container).run({ input: { ...input, membership_id } })
              return { membership_id, email: result.outcome }
            } catch (error) {
              const reason = String((error as Error)?.message ?? error)
              logger.warn(`Activation of membership ${membership_id} not sent: ${reason}`)
              return { membership_id, email: { status: "failed", to: email, reason } }
            }
          })
        ))
      )
    }
    return new StepResponse(results)
  }
)
