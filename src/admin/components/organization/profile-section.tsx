import { Button } from "@medusajs/ui"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { ActionMenu } from "../action-menu"
import { FormDrawer } from "../form-drawer"
import { Field, Section } from "../section"
import { Status } from "../status"
import { notify } from "../notify"
import { useConfirm } from "../use-confirm"
import { useDeleteOrganization, useUpdateOrganization } from "../../lib/queries/organizations"
import { countryName, dash, formatDate } from "../../lib/format"
import { useT } from "../../lib/i18n"
import { updateOrganizationSchema } from "../../lib/schemas/organizations"
import type { Organization } from "../../lib/types"
import { profileBody, profileFields, profileValues } from "./profile-fields"

export function ProfileSection({ organization }: { organization: Organization }) {
  const { t } = useT()
  const navigate = useNavigate()
  const confirm = useConfirm()
  const [editing, setEditing] = useState(false)
  const update = useUpdateOrganization(organization.id)
  const remove = useDeleteOrganization(organization.id)
  const suspended = organization.status === "suspended"

  const toggleStatus = async () => {
    if (!suspended && !(await confirm(t("organization.suspendTitle"), t("organization.suspendText", { name: organization.name }), t("organization.suspend")))) return
    await notify(() => update.mutateAsync({ status: suspended ? "active" : "suspended" }), t("organization.saved"))
  }
  const destroy = async () => {
    if (!(await confirm(t("organization.deleteTitle"), t("organization.deleteText", { name: organization.name }), t("actions.delete")))) return
    if (await notify(() => remove.mutateAsync(undefined), t("organization.deleted"))) navigate("/organizations")
  }

  return (
    <Section
      testId="organization-profile"
      title={organization.name}
      actions={
        <>
          <Status value={organization.status} />
          <Button size="small" variant="secondary" onClick={toggleStatus} isLoading={update.isPending}>
            {suspended ? t("organization.activate") : t("organization.suspend")}
          </Button>
          <ActionMenu
            label={t("actions.more")}
            actions={[
              { label: t("actions.edit"), onClick: () => setEditing(true) },
              { label: t("actions.delete"), onClick: destroy, danger: true },
            ]}
          />
        </>
      }
    >
      <Field label={t("organization.legalName")}>{organization.legal_name ?? dash}</Field>
      <Field label={t("organization.vatNumber")}>{organization.vat_number ?? dash}</Field>
      <Field label={t("organization.registrationNumber")}>{organization.registration_number ?? dash}</Field>
      <Field label={t("organization.country")}>{organization.country_code ? countryName(organization.country_code) : dash}</Field>
      <Field label={t("organization.createdAt")}>{formatDate(organization.created_at)}</Field>
      <FormDrawer
        open={editing}
        onOpenChange={setEditing}
        title={t("organization.edit")}
        fields={profileFields(t, "edit")}
        schema={updateOrganizationSchema}
        initial={profileValues(organization)}
        submitLabel={t("actions.save")}
        successMessage={t("organization.saved")}
        onSubmit={(values) => update.mutateAsync(profileBody(values))}
      />
    </Section>
  )
}
