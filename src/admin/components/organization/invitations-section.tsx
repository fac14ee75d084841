import { Button } from "@medusajs/ui"
import { useState } from "react"
import { ActionMenu } from "../action-menu"
import { DataList, usePage, type Column } from "../data-list"
import { FormDrawer } from "../form-drawer"
import { Section } from "../section"
import { Status } from "../status"
import { notify } from "../notify"
import { useConfirm } from "../use-confirm"
import { api, useApiMutation, useApiQuery } from "../../lib/api"
import { formatDate } from "../../lib/format"
import { useT } from "../../lib/i18n"
import { ROLE_PERMISSIONS } from "../../lib/roles"
import type { Invitation, Page } from "../../lib/types"
import { accessBody, accessFields, emailField } from "./member-fields"

export function InvitationsSection({ organizationId }: { organizationId: string }) {
  const { t, language } = useT()
  const confirm = useConfirm()
  const page = usePage(10)
  const [inviting, setInviting] = useState(false)
  const base = `/admin/organizations/${organizationId}/invitations`
  const { data, isLoading } = useApiQuery<Page & { invitations: Invitation[] }>(base, page.query)
  const write = useApiMutation(({ path, method }: { path: string; method: "post" | "delete"; body?: object }) =>
    method === "delete" ? api.delete(path) : api.post(path)
  )
  const invite = useApiMutation((body: object) => api.post(base, body))

  const run = (path: string, method: "post" | "delete", success: string) =>
    notify(() => write.mutateAsync({ path, method }), success)

  const columns: Column<Invitation>[] = [
    { key: "email", header: t("members.email"), cell: (i) => i.email },
    { key: "role", header: t("members.role"), cell: (i) => t(`roles.${i.role}`, { defaultValue: i.role }) },
    { key: "status", header: t("members.status"), cell: (i) => <Status value={i.status} /> },
    { key: "expires", header: t("invitations.expires"), cell: (i) => formatDate(i.expires_at, language) },
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
              onClick: () => run(`${base}/${i.id}/resend`, "post", t("invitations.resent", { email: i.email })),
            },
            {
              label: t("invitations.revoke"),
              danger: true,
              hidden: i.status !== "pending",
              onClick: async () => {
                if (!(await confirm(t("invitations.revokeTitle"), t("invitations.revokeText", { email: i.email }), t("invitations.revoke")))) return
                await run(`${base}/${i.id}`, "delete", t("invitations.revoked"))
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
        isLoading={isLoading}
        emptyText={t("invitations.empty")}
        pagination={page.pagination(data?.count)}
      />
      <FormDrawer
        open={inviting}
        onOpenChange={setInviting}
        title={t("invitations.invite")}
        description={t("invitations.inviteDescription")}
        fields={[emailField(t), ...accessFields(t)]}
        initial={{ email: "", role: "buyer", permissions: [...ROLE_PERMISSIONS.buyer] }}
        submitLabel={t("invitations.send")}
        successMessage={t("invitations.sent")}
        onSubmit={(values) => invite.mutateAsync({ email: String(values.email).trim(), ...accessBody(values) })}
      />
    </Section>
  )
}
