/**
 * The storefront links the plugin's e-mails (and the admin's copyable links) carry. Built from
 * the configured storefront URL, never from a request's Host header.
 */
export const invitationUrl = (storefrontUrl: string, token: string) =>
  `${storefrontUrl}/invitations/accept?token=${encodeURIComponent(token)}`

/**
 * The link of an approved account: `/account/activate` when the e-mail had no login with a
 * password (the storefront posts `{ token, password }` to POST /store/activations),
 * `/account/confirm` when it has one (`{ token }` logged in, or `{ token, password }`).
 */
export const activationUrl = (storefrontUrl: string, token: string, existingLogin: boolean) =>
  `${storefrontUrl}/account/${existingLogin ? "confirm" : "activate"}?token=${encodeURIComponent(token)}`

/** Medusa's reset-password token: the storefront posts it to /auth/customer/emailpass/update. */
export const setPasswordUrl = (storefrontUrl: string, token: string, email: string) =>
  `${storefrontUrl}/account/set-password?${new URLSearchParams({ token, email })}`
