import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ConflictError } from "../../../lib/errors"

/**
 * A link handed to the merchant must not let whoever holds it choose the password of a login
 * that has one (somebody's own account): the member logs in instead, or the merchant sets the
 * membership active.
 */
export const refuseLinkForPasswordStepId = "refuse-link-for-login-with-password"
export const refuseLinkForPasswordStep = createStep(
  refuseLinkForPasswordStepId,
  async ({ has_password, email }: { has_password: boolean; email: string }) => {
    if (has_password) {
      throw new ConflictError(
        `${email} has a password already: they log in with it and confirm with the e-mailed link (send the activation again if it did not arrive)`
      )
    }
    return new StepResponse(null)
  }
)
