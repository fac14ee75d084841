import { Text } from "@medusajs/ui"
import { useParams } from "react-router-dom"
import { ApprovalPolicySection } from "../../../components/approval/approval-policy-section"
import { ActivationEmailNotice } from "../../../components/organization/activation-email-notice"
import { ApprovalsTable } from "../../../components/approval/approvals-table"
import { EntitlementsSection } from "../../../components/organization/entitlements-section"
import { GroupsSection } from "../../../components/organization/groups-section"
import { InvitationsSection } from "../../../components/organization/invitations-section"
import { LocationsSection } from "../../../components/organization/locations-section"
import { MembersSection } from "../../../components/organization/members-section"
import { OrdersSection } from "../../../components/organization/orders-section"
import { PortalAccessSection } from "../../../components/organization/portal-access-section"
import { ProfileSection } from "../../../components/organization/profile-section"
import { EmailDeliveryBanner } from "../../../components/email-delivery-banner"
import { PageState, queryState } from "../../../components/page-state"
import { retrieveOrganization, useOrganization } from "../../../lib/queries/organizations"
import { useT } from "../../../lib/i18n"
import { recordBreadcrumb } from "../../../lib/breadcrumb"

const OrganizationPage = () => {
  const { id } = useParams()
  const { t } = useT()
  const query = useOrganization(id!)
  const data = query.data
  if (!data) return <PageState {...queryState(query)} />
  return (
    <div className="flex flex-col gap-y-3">
      <EmailDeliveryBanner />
      <ActivationEmailNotice organizationId={data.organization.id} />
      <ProfileSection organization={data.organization} />
      <MembersSection organizationId={data.organization.id} />
      <InvitationsSection organizationId={data.organization.id} />
      <LocationsSection organizationId={data.organization.id} />
      <OrdersSection organizationId={data.organization.id} />
      <ApprovalsTable organizationId={data.organization.id} title={t("approvals.title")} />
      <ApprovalPolicySection organizationId={data.organization.id} />
      <EntitlementsSection organizationId={data.organization.id} />
      <GroupsSection organizationId={data.organization.id} />
      <PortalAccessSection organizationId={data.organization.id} />
      <Text size="xsmall" className="text-ui-fg-muted">{data.organization.id}</Text>
    </div>
  )
}

const breadcrumb = recordBreadcrumb(async (id) => (await retrieveOrganization(id, { fields: "id,name" })).organization.name)
export const loader = breadcrumb.loader
export const handle = breadcrumb.handle

export default OrganizationPage
