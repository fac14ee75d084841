import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Label, Switch, Text } from "@medusajs/ui"
import { notify } from "../components/notify"
import { ErrorState, LoadingState, queryState } from "../components/page-state"
import { Section } from "../components/section"
import { useT } from "../lib/i18n"
import { useSalesChannelSettings, useUpdateSalesChannelSettings } from "../lib/queries/sales-channel-settings"

// The merchant's choice per storefront: members' carts are their organization's, or personal.
const SalesChannelCartsWidget = ({ data: channel }: DetailWidgetProps<HttpTypes.AdminSalesChannel>) => {
  const { t } = useT()
  const query = useSalesChannelSettings(channel.id)
  const update = useUpdateSalesChannelSettings(channel.id)
  const settings = query.data?.b2b_settings
  const state = queryState(query)
  return (
    <Section testId="sales-channel-carts-widget" title={t("widgets.cartsTitle")}>
      <div className="flex flex-col gap-y-2 px-6 py-4">
        {settings ? (
          <>
            <div className="flex items-center gap-x-3">
              <Switch
                id="b2b-organization-carts"
                checked={settings.organization_carts}
                disabled={update.isPending}
                onCheckedChange={(checked) =>
                  notify(() => update.mutateAsync({ organization_carts: checked }), t("widgets.cartsSaved"))
                }
              />
              <Label htmlFor="b2b-organization-carts">{t("widgets.cartsLabel")}</Label>
            </div>
            <Text size="small" className="text-ui-fg-subtle" data-testid="sales-channel-carts-explanation">
              {settings.organization_carts ? t("widgets.cartsOn") : t("widgets.cartsOff")}
            </Text>
          </>
        ) : state.error ? (
          <ErrorState error={state.error} onRetry={state.onRetry} isRetrying={state.isRetrying} />
        ) : (
          <LoadingState lines={2} />
        )}
      </div>
    </Section>
  )
}

export const config = defineWidgetConfig({ zone: "sales_channel.details.after", id: "b2b-accounts:sales-channel-carts" })

export default SalesChannelCartsWidget
