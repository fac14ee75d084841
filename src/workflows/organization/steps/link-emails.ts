import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { activationUrl, invitationUrl, setPasswordUrl } from "../../../lib/links"
import type { EmailOutcome } from "../../../lib/notifications"
import { deliverEmail } from "../../common/notifications"
import { pluginOptions } from "../../common/plugin-options"
import { accountRequestService, organizationService } from "../../common/module-services"

/*
 * The e-mails that carry a link, sent inside the workflow (so inside the admin's request) and
 * answered with their outcome. They never throw: a failed e-mail does not undo the invitation or
 * approval; the admin copies a fresh link instead. Last steps of their workflows, nothing to undo.
 */

const storefrontUrl = (container: MedusaContainer) => pluginOptions(container).storefrontUrl

async function organizationName(container: MedusaContainer, id: string) {
  const [organization] = await organizationService(container).listOrganizations({ id }, { select: ["name"] })
  return organization?.name ?? ""
}

/** Template `invitation`: organization_name, role, expires_at, resent, accept_url. */
export const emailInvitationStepId = "email-invitation-link"
export const emailInvitationStep = createStep(
  emailInvitationStepId,
  async ({ id, token, resent }: { id: string; token: string; resent: boolean }, { container }) => {
    const [invitation] = await organizationService(container).listOrganizationInvitations(
      { id },
      { select: ["id", "email", "role", "expires_at", "organization_id"] }
    )
    const outcome: EmailOutcome = await deliverEmail(container, {
      to: invitation.email,
      template: "invitation",
      data: {
        organization_name: await organizationName(container, invitation.organization_id as string),
        role: invitation.role,
        expires_at: invitation.expires_at,
        resent,
        accept_url: invitationUrl(storefrontUrl(container), token),
      },
    })
    return new StepResponse(outcome)
  }
)

/**
 * Template `accountRequestApproved` (also for an organization the merchant created for a new
 * contact): first_name, company_name, login_url, activation_expires_at, and exactly one of
 * activation_url / confirm_url (see lib/links), the other null.
 */
export const emailAccountActivationStepId = "email-account-activation-link"
export const emailAccountActivationStep = createStep(
  emailAccountActivationStepId,
  async (
    { account_request_id, token, existing_login }: { account_request_id: string; token: string; existing_login: boolean },
    { container }
  ) => {
    const [request] = await accountRequestService(container).listOrganizationAccountRequests({ id: account_request_id })
    const base = storefrontUrl(container)
    const link = activationUrl(base, token, existing_login)
    const outcome: EmailOutcome = await deliverEmail(container, {
      to: request.email,
      template: "accountRequestApproved",
      data: {
        first_name: request.first_name,
        company_name: request.company_name,
        activation_url: existing_login ? null : link,
        confirm_url: existing_login ? link : null,
        activation_expires_at: request.activation_expires_at,
        login_url: `${base}/account/login`,
      },
    })
    return new StepResponse(outcome)
  }
)

/** Template `memberActivation`: organization_name, email, set_password_url (Medusa's reset token). */
export const emailSetPasswordStepId = "email-set-password-link"
export const emailSetPasswordStep = createStep(
  emailSetPasswordStepId,
  async ({ email, token, organization_id }: { email: string; token: string; organization_id: string }, { container }) => {
    const outcome: EmailOutcome = await deliverEmail(container, {
      to: email,
      template: "memberActivation",
      data: {
        organization_name: await organizationName(container, organization_id),
        email,
        set_password_url: setPasswordUrl(storefrontUrl(container), token, email),
      },
    })
    return new StepResponse(outcome)
  }
)

