import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CheckCircle } from "@medusajs/icons"
import { ApprovalsTable } from "../../components/approval/approvals-table"
import { EmailDeliveryBanner } from "../../components/email-delivery-banner"
import { listBreadcrumb } from "../../lib/breadcrumb"
import { useT } from "../../lib/i18n"

const ApprovalsPage = () => {
  const { t } = useT()
  return (
    <div className="flex flex-col gap-y-3">
      <EmailDeliveryBanner />
      <ApprovalsTable title={t("approvals.title")} subtitle={t("approvals.subtitle")} />
    </div>
  )
}

export const config = defineRouteConfig({
  label: "b2b.menu.approvals",
  translationNs: "translation",
  icon: CheckCircle,
  rank: 3,
})

export const handle = listBreadcrumb("menu.approvals")

export default ApprovalsPage
