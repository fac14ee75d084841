import { Button, toast } from "@medusajs/ui"
import { useState } from "react"
import { ActionMenu } from "../action-menu"
import { DataList, usePage, type Column } from "../data-list"
import { FormDrawer } from "../form-drawer"
import { queryState } from "../page-state"
import { Section } from "../section"
import { Status } from "../status"
import { notify } from "../notify"
import { useCopyLink } from "../copy-link-dialog"
import { useEmailOutcome } from "../email-outcome"
import { useConfirm } from "../use-confirm"
import { errorMessage } from "../../lib/errors"
import { useInvitationLink, useInvitations, useInvite, useResendInvitation, useRevokeInvitation } from "../../lib/queries/invitations"
import { formatDateTime } from "../../lib/format"
import { inviteSchema } from "../../lib/schemas/members"
import { useT } from "../../lib/i18n"
import { ROLE_PERMISSIONS } from "../../lib/roles"
import type { EmailOutcome, Invitation } from "../../lib/types"
import { accessBody, accessFields, emailField, newcomerLocations, useLocationChoices } from "./member-fields"

export function InvitationsSection({ organizationId }: { organizationId: string }) {
  const { t } = useT()
  const confirm = useConfirm()
  const page = usePage(10)
  const [inviting, setInviting] = useState(false)
  const list = useInvitations(organizationId, page.query)
  const data = list.data
  const resendInvitation = useResendInvitation(organizationId)
  const revokeInvitation = useRevokeInvitation(organizationId)
  const invitationLink = useInvitationLink(organizationId)
  const newcomer = newcomerLocations(t, useLocationChoices(organizationId))
  const invite = useInvite(organizationId)
  const { copyLink, dialog } = useCopyLink()
  const reportEmail = useEmailOutcome()

  /** A fresh link for a pending invitation, shown once (the e-mailed one stops working). */
  const copyInvitationLink = (invitationId: string) => copyLink(() => invitationLink.mutateAsync(invitationId), t("invitations.linkTitle"))
  const reportInvitationEmail = (invitationId: string, email: EmailOutcome | undefined, done?: string) =>
    reportEmail(email, { sent: (to) => t("invitations.emailed", { email: to }), copyLink: () => copyInvitationLink(invitationId), done })

  const resend = async (invitation: Invitation) => {
    try {
      const { email } = await resendInvitation.mutateAsync(invitation.id)
      reportInvitationEmail(invitation.id, email, t("invitations.renewed", { email: invitation.email }))
    } catch (error) {
      toast.error(errorMessage(error))
    }
  }
  const revoke = (invitation: Invitation) =>
    notify(() => revokeInvitation.mutateAsync(invitation.id), t("invitations.revoked"))

  const columns: Column<Invitation>[] = [
    { key: "email", header: t("members.email"), cell: (i) => i.email },
    { key: "role", header: t("members.role"), cell: (i) => t(`roles.${i.role}`, { defaultValue: i.role }) },
    { key: "status", header: t("members.status"), cell: (i) => <Status value={i.status} /> },
    { key: "expires", header: t("invitations.expires"), cell: (i) => formatDateTime(i.expires_at) },
    {
      key: "actions",
      header: "",
      className: "w-px",
      cell: (i) => (
        <ActionMenu
          label={t("actions.more")}
          actions={[
            {
              label: t("invitations.resend"),
              hidden: i.status === "accepted" || i.status === "revoked",
              onClick: () => resend(i),
            },
            {
              label: t("invitations.copyLink"),
              hidden: i.status !== "pending",
              onClick: () => copyInvitationLink(i.id),
            },
            {
              label: t("invitations.revoke"),
              danger: true,
              hidden: i.status !== "pending",
              onClick: async () => {
                if (!(await confirm(t("invitations.revokeTitle"), t("invitations.revokeText", { email: i.email }), t("invitations.revoke")))) return
                await revoke(i)
              },
            },
          ]}
        />
      ),
    },
  ]

  return (
    <Section
      testId="organization-invitations"
      title={t("invitations.title")}
      actions={
        <Button size="small" variant="secondary" onClick={() => setInviting(true)}>
          {t("invitations.invite")}
        </Button>
      }
    >
      <DataList
        columns={columns}
        rows={data?.invitations}
        {...queryState(list)}
        emptyText={t("invitations.empty")}
        pagination={page.pagination(data?.count)}
      />
      <FormDrawer
        open={inviting}
        onOpenChange={setInviting}
        title={t("invitations.invite")}
        description={t("invitations.inviteDescription")}
        fields={[emailField(t), ...accessFields(t), ...newcomer.fields]}
        schema={inviteSchema}
        initial={{ email: "", role: "buyer", permissions: [...ROLE_PERMISSIONS.buyer], ...newcomer.initial }}
        submitLabel={t("invitations.send")}
        successMessage={t("invitations.created")}
        onSubmit={async (values) => {
          const { invitation, email } = await invite.mutateAsync({
            email: String(values.email).trim(),
            ...accessBody(values),
            ...newcomer.body(values),
          })
          reportInvitationEmail(invitation.id, email)
        }}
      />
      {dialog}
    </Section>
  )
}
