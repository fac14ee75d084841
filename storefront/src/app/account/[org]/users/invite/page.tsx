import { Container } from "@medusajs/ui"
import { PERMISSIONS, ROLE_PERMISSIONS, ROLES } from "medusa-plugin-b2b-accounts/lib/permissions"
import Link from "next/link"
import { inviteUser } from "@/actions/users"
import { ActionForm } from "@/components/action-form"
import { Field } from "@/components/field"
import { LocationChecklist } from "@/components/location-checklist"
import { RefusedPage } from "@/components/notice"
import { PageHeader } from "@/components/page-header"
import { PermissionChecklist } from "@/components/permission-checklist"
import { translate } from "@/i18n"
import common from "@/i18n/common"
import users from "@/i18n/users"
import { actingFor } from "@/lib/acting"
import { visibleLocations } from "@/lib/members"

/** Seeds 002/004: a new contact with their own e-mail, a role and a permission checklist. */
export default async function Invite({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params
  const { can } = await actingFor(org)
  const t = await translate(users)
  const c = await translate(common)
  if (!can("members.manage")) return <RefusedPage title={t.invite.title} message={c.codes.permission_required} />
  const locations = await visibleLocations(org)
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <Link className="text-ui-fg-interactive text-sm" href={`/account/${org}/users`}>
        {t.member.back}
      </Link>
      <PageHeader title={t.invite.title} subtitle={t.invite.intro} />
      <Container>
        <ActionForm action={inviteUser.bind(null, org)} submitLabel={t.invite.submit}>
          <Field label={t.invite.email} name="email" type="email" autoComplete="off" required hint={t.invite.emailHint} />
          <PermissionChecklist
            roles={ROLES.map((role) => ({ value: role, label: c.roles[role] }))}
            permissions={PERMISSIONS.map((permission) => ({ value: permission, label: c.permissions[permission] }))}
            presets={ROLE_PERMISSIONS}
            role="buyer"
            checked={ROLE_PERMISSIONS.buyer}
            labels={{ role: t.checklist.role, permissions: t.checklist.permissions, hint: t.checklist.hint, checkAll: t.checklist.checkAll }}
          />
          <LocationChecklist
            locations={locations}
            checked={[]}
            labels={{ legend: t.locations.legend, hint: `${t.locations.hint} ${t.locations.defaultHint}`, none: t.locations.none }}
          />
        </ActionForm>
      </Container>
    </div>
  )
}
