import { generateResetPasswordTokenWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { activationUrl, setPasswordUrl } from "../../../lib/links"
import type { EmailOutcome } from "../../../lib/notifications"
import { PENDING_MEMBERSHIP_STATUS } from "../../../modules/organization/models/membership"
import { ensureLoginStep, ENTITY_PROVIDER } from "../../account-request/steps/ensure-customer-account"
import { renewActivationTokenStep } from "../../account-request/steps/record-account-request-outcome"
import { emailAccountActivationStep, emailSetPasswordStep } from "../steps/link-emails"
import { memberLoginStep } from "../steps/member-login"
import { refuseLinkForPasswordStep } from "../steps/refuse-link-for-password"
import { pluginOptions } from "../../common/plugin-options"
import { organizationService } from "../../common/module-services"

export type SendMemberActivationInput = {
  organization_id: string
  membership_id: string
  /** The store's JWT secret and options, which sign Medusa's reset-password token. */
  secret: string
  jwt_options?: Record<string, unknown>
}

/** Marks the `auth.password_reset` events this plugin asks for (the plugin e-mails those itself). */
export const MEMBER_ACTIVATION_MARKER = "b2b_member_activation"

/** Medusa's reset-password tokens live 15 minutes (core-flows). */
const RESET_TOKEN_TTL_MS = 15 * 60 * 1000

type Member = { customer_id: string; email: string; status: string }

/**
 * The link that lets a member in: for a pending membership with an approved account record
 * (account request or onboarding) a fresh activation link (POST /store/activations), else
 * Medusa's set-password link. Either way the previous link of that kind stops working.
 */
function memberLink(input: SendMemberActivationInput, member: Member, hasPassword: boolean) {
  const renewed = when({ member }, ({ member }) => member.status === PENDING_MEMBERSHIP_STATUS).then(() =>
    renewActivationTokenStep({ organization_id: input.organization_id, customer_id: member.customer_id })
  )
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
  const resetToken = when({ renewed }, ({ renewed }) => !renewed).then(() =>
    generateResetPasswordTokenWorkflow.runAsStep({ input: resetInput })
  )
  return transform({ renewed, resetToken, member, hasPassword }, ({ renewed, resetToken, member, hasPassword }) =>
    renewed
      ? { kind: "activation" as const, token: renewed.token, account_request_id: renewed.account_request_id, expires_at: renewed.expires_at, email: member.email, has_password: hasPassword }
      : { kind: "set_password" as const, token: resetToken!, account_request_id: null, expires_at: new Date(Date.now() + RESET_TOKEN_TTL_MS), email: member.email, has_password: hasPassword }
  )
}

/**
 * Manual activation by the merchant (seed 001, option 2): the member gets a login if they have
 * none, and the link (see memberLink) is e-mailed inside the workflow; `email` says whether it
 * went out.
 */
export const sendMemberActivationWorkflowId = "send-member-activation"

export const sendMemberActivationWorkflow = createWorkflow(
  sendMemberActivationWorkflowId,
  (input: SendMemberActivationInput) => {
    const member = memberLoginStep(input)
    const login = ensureLoginStep(member)
    const hasPassword = transform({ login }, ({ login }) => login.has_password)
    const link = memberLink(input, member, hasPassword)
    const activationEmail = when({ link }, ({ link }) => link.kind === "activation").then(() =>
      emailAccountActivationStep(
        transform({ link }, ({ link }) => ({
          account_request_id: link.account_request_id!,
          token: link.token,
          existing_login: link.has_password,
        }))
      )
    )
    const passwordEmail = when({ link }, ({ link }) => link.kind === "set_password").then(() =>
      emailSetPasswordStep(
        transform({ link, input }, ({ link, input }) => ({ email: link.email, token: link.token, organization_id: input.organization_id }))
      )
    )
    const result = transform({ member, activationEmail, passwordEmail }, ({ member, activationEmail, passwordEmail }) => ({
      customer_id: member.customer_id,
      email: member.email,
      outcome: (activationEmail ?? passwordEmail) as EmailOutcome,
    }))
    return new WorkflowResponse(result)
  }
)

/**
 * A copyable activation link for the merchant when e-mail cannot deliver it: made on demand,
 * shown once, the previous one dead. Refused (409) for a login that has a password.
 */
export const memberActivationLinkWorkflowId = "member-activation-link"

export const memberActivationLinkWorkflow = createWorkflow(
  memberActivationLinkWorkflowId,
  (input: SendMemberActivationInput) => {
    const member = memberLoginStep(input)
    const login = ensureLoginStep(member)
    refuseLinkForPasswordStep(transform({ login, member }, ({ login, member }) => ({ has_password: login.has_password, email: member.email })))
    const hasPassword = transform({ login }, ({ login }) => login.has_password)
    const link = memberLink(input, member, hasPassword)
    const result = transform({ link }, ({ link }) => link)
    return new WorkflowResponse(result)
  }
)

/** The storefront URL of a member link. */
export function memberLinkUrl(
  container: Parameters<typeof organizationService>[0],
  link: { kind: "activation" | "set_password"; token: string; email: string; has_password: boolean }
) {
  const { storefrontUrl } = pluginOptions(container)
  return link.kind === "activation"
    ? activationUrl(storefrontUrl, link.token, link.has_password)
    : setPasswordUrl(storefrontUrl, link.token, link.email)
}
