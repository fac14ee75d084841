import { useState } from "react"
import { useNavigate, useParams } from "react-router-dom"
import { groupBody, groupFields, groupValues } from "../../../components/access-group/group-fields"
import { RelationSection } from "../../../components/access-group/relation-section"
import { ActionMenu } from "../../../components/action-menu"
import { EmailDeliveryBanner } from "../../../components/email-delivery-banner"
import { FormDrawer } from "../../../components/form-drawer"
import { PageState, queryState } from "../../../components/page-state"
import { Field, Section } from "../../../components/section"
import { Status } from "../../../components/status"
import { notify } from "../../../components/notify"
import { useConfirm } from "../../../components/use-confirm"
import { retrieveAccessGroup, useAccessGroup, useDeleteAccessGroup, useUpdateAccessGroup } from "../../../lib/queries/access-groups"
import { personName } from "../../../lib/format"
import { accessGroupSchema } from "../../../lib/schemas/access-groups"
import { useT } from "../../../lib/i18n"
import { recordBreadcrumb } from "../../../lib/breadcrumb"

const AccessGroupPage = () => {
  const { id } = useParams()
  const { t } = useT()
  const navigate = useNavigate()
  const confirm = useConfirm()
  const [editing, setEditing] = useState(false)
  const query = useAccessGroup(id!)
  const data = query.data
  const update = useUpdateAccessGroup(id!)
  const remove = useDeleteAccessGroup(id!)
  if (!data) return <PageState {...queryState(query)} />
  const group = data.access_group

  const destroy = async () => {
    if (!(await confirm(t("groups.deleteTitle"), t("groups.deleteText", { name: group.name }), t("actions.delete")))) return
    if (await notify(() => remove.mutateAsync(undefined), t("groups.deleted"))) navigate("/access-groups")
  }

  return (
    <div className="flex flex-col gap-y-3">
      <EmailDeliveryBanner />
      <Section
        testId="access-group"
        title={group.name}
        actions={
          <ActionMenu
            label={t("actions.more")}
            actions={[
              { label: t("actions.edit"), onClick: () => setEditing(true) },
              { label: t("actions.delete"), onClick: destroy, danger: true },
            ]}
          />
        }
      >
        <Field label={t("groups.registrationMode")}>
          <Status value={group.registration_mode} />
        </Field>
        <Field label={t("groups.modeExplained")}>{t(`groups.mode.${group.registration_mode}`)}</Field>
      </Section>
      <RelationSection
        groupId={group.id}
        relation="sales-channels"
        title={t("groups.salesChannels")}
        emptyText={t("groups.noSalesChannels")}
        toRow={(c) => ({ id: c.id, label: c.name, sublabel: c.description ?? undefined, href: `/settings/sales-channels/${c.id}` })}
        source={{ listKey: "sales_channels", label: (c) => c.name, fields: "id,name" }}
      />
      <RelationSection
        groupId={group.id}
        relation="organizations"
        title={t("groups.organizations")}
        emptyText={t("groups.noOrganizations")}
        toRow={(o) => ({ id: o.id, label: o.name, sublabel: o.vat_number ?? undefined, href: `/organizations/${o.id}` })}
        source={{ listKey: "organizations", label: (o) => o.name, sublabel: (o) => o.vat_number, fields: "id,name,vat_number" }}
      />
      <RelationSection
        groupId={group.id}
        relation="customers"
        title={t("groups.customers")}
        subtitle={t("groups.customersHint")}
        emptyText={t("groups.noCustomers")}
        toRow={(c) => ({ id: c.id, label: personName(c), sublabel: c.email, href: `/customers/${c.id}` })}
        source={{ listKey: "customers", label: (c) => personName(c), sublabel: (c) => c.email, fields: "id,email,first_name,last_name" }}
      />
      <FormDrawer
        open={editing}
        onOpenChange={setEditing}
        title={t("groups.edit")}
        fields={groupFields(t)}
        schema={accessGroupSchema}
        initial={groupValues(group)}
        submitLabel={t("actions.save")}
        successMessage={t("groups.saved")}
        onSubmit={(values) => update.mutateAsync(groupBody(values))}
      />
    </div>
  )
}

const breadcrumb = recordBreadcrumb(async (id) => (await retrieveAccessGroup(id, { fields: "id,name" })).access_group.name)
export const loader = breadcrumb.loader
export const handle = breadcrumb.handle

export default AccessGroupPage
