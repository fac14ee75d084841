import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { ActionMenu } from "../action-menu"
import { DataList, type Column } from "../data-list"
import { FormDrawer, textOrNull } from "../form-drawer"
import { notify } from "../notify"
import { queryState } from "../page-state"
import { Section } from "../section"
import { Status } from "../status"
import { useConfirm } from "../use-confirm"
import { useLocations } from "../../lib/queries/locations"
import { useAccessCodes, useAssets, useCreateAccessCode, useCreateAsset, useRegenerateAssetToken, useUpdateAccessCode, type IssuedSecret } from "../../lib/queries/portal"
import { dash } from "../../lib/format"
import { accessCodeSchema, assetSchema } from "../../lib/schemas/portal"
import { useT } from "../../lib/i18n"
import type { AccessCode, PortalAsset } from "../../lib/types"

type Secret = { label: string; value: string }

/** A new code or token, on screen until "Done": it exists nowhere else (stored as a hash). */
function OneTimeSecret({ secret, onDone }: { secret: Secret | null; onDone: () => void }) {
  const { t } = useT()
  if (!secret) return null
  return (
    <Container className="border-ui-border-interactive flex flex-col gap-y-2 px-6 py-4" data-testid="portal-secret">
      <Heading level="h3">{t("portal.secretTitle")}</Heading>
      <Text size="small" className="text-ui-fg-subtle">{t("portal.secretText")}</Text>
      <Text size="large" weight="plus" className="font-mono tracking-wider" data-testid="portal-secret-value">
        {secret.label}: {secret.value}
      </Text>
      <div>
        <Button size="small" variant="secondary" onClick={onDone}>{t("portal.done")}</Button>
      </div>
    </Container>
  )
}

/** Seed 003: access codes (organization, location, installation level) and installations. */
export function PortalAccessSection({ organizationId }: { organizationId: string }) {
  const { t } = useT()
  const confirm = useConfirm()
  const [secret, setSecret] = useState<Secret | null>(null)
  const [drawer, setDrawer] = useState<"code" | "installation" | null>(null)
  const codes = useAccessCodes(organizationId)
  const assets = useAssets(organizationId)
  const locations = useLocations(organizationId, { limit: 100 })
  const labelOf = (id: string | null) => (id ? locations.data?.locations.find((l) => l.id === id)?.label ?? id : t("portal.allLocations"))
  const locationOptions = (locations.data?.locations ?? []).map((l) => ({ value: l.id, label: l.label }))

  const createCode = useCreateAccessCode(organizationId)
  const updateCode = useUpdateAccessCode(organizationId)
  const createAsset = useCreateAsset(organizationId)
  const regenerateToken = useRegenerateAssetToken(organizationId)
  const reveal = (label: string) => (response: IssuedSecret) =>
    setSecret({ label, value: response.code ?? response.token ?? "" })

  const levelOf = (c: AccessCode) =>
    c.requires_installation_token ? "installation" : c.location_id ? "location" : "organization"
  const codeColumns: Column<AccessCode>[] = [
    { key: "level", header: t("portal.level"), cell: (c) => t(`portal.levels.${levelOf(c)}`) },
    { key: "location", header: t("portal.location"), cell: (c) => labelOf(c.location_id) },
    { key: "status", header: "", cell: (c) => <Status value={c.enabled ? "active" : "disabled"} /> },
    {
      key: "actions",
      header: "",
      className: "w-px",
      cell: (c) => (
        <ActionMenu
          label={t("actions.more")}
          actions={[
            {
              label: t("portal.regenerate"),
              onClick: async () => {
                if (!(await confirm(t("portal.regenerateTitle"), t("portal.regenerateText"), t("portal.regenerate")))) return
                await notify(() => updateCode.mutateAsync({ id: c.id, body: { regenerate: true } }).then(reveal(t("portal.codes"))), t("portal.created"))
              },
            },
            c.enabled
              ? {
                  label: t("portal.disable"),
                  danger: true,
                  onClick: async () => {
                    if (!(await confirm(t("portal.disableTitle"), t("portal.disableText"), t("portal.disable")))) return
                    await notify(() => updateCode.mutateAsync({ id: c.id, body: { enabled: false } }), t("portal.created"))
                  },
                }
              : { label: t("portal.enable"), onClick: () => notify(() => updateCode.mutateAsync({ id: c.id, body: { enabled: true } }), t("portal.created")) },
          ]}
        />
      ),
    },
  ]
  const assetColumns: Column<PortalAsset>[] = [
    { key: "name", header: t("portal.name"), cell: (a) => a.name },
    { key: "serial", header: t("portal.serial"), cell: (a) => a.serial_number ?? dash },
    { key: "location", header: t("portal.location"), cell: (a) => labelOf(a.location_id) },
    {
      key: "actions",
      header: "",
      className: "w-px",
      cell: (a) => (
        <ActionMenu
          label={t("actions.more")}
          actions={[
            {
              label: t("portal.regenerateToken"),
              onClick: async () => {
                if (!(await confirm(t("portal.tokenTitle"), t("portal.tokenText"), t("portal.regenerateToken")))) return
                await notify(() => regenerateToken.mutateAsync(a.id).then(reveal(a.name)), t("portal.created"))
              },
            },
          ]}
        />
      ),
    },
  ]

  return (
    <Section
      testId="organization-portal"
      title={t("portal.title")}
      actions={
        <div className="flex gap-x-2">
          <Button size="small" variant="secondary" onClick={() => setDrawer("code")}>{t("portal.newCode")}</Button>
          <Button size="small" variant="secondary" onClick={() => setDrawer("installation")}>{t("portal.addInstallation")}</Button>
        </div>
      }
    >
      <OneTimeSecret secret={secret} onDone={() => setSecret(null)} />
      <Text size="small" weight="plus" className="px-6 pt-2">{t("portal.codes")}</Text>
      <DataList columns={codeColumns} rows={codes.data?.access_codes} {...queryState(codes)} emptyText={t("portal.codesEmpty")} />
      <Text size="small" weight="plus" className="px-6 pt-2">{t("portal.installations")}</Text>
      <DataList columns={assetColumns} rows={assets.data?.assets} {...queryState(assets)} emptyText={t("portal.installationsEmpty")} />
      <FormDrawer
        open={drawer === "code"}
        onOpenChange={(open) => !open && setDrawer(null)}
        title={t("portal.newCode")}
        fields={[
          { name: "location_id", label: t("portal.location"), kind: "select", options: [{ value: "all", label: t("portal.allLocations") }, ...locationOptions] },
          {
            name: "requires_installation_token",
            label: t("portal.requiresToken"),
            kind: "select",
            options: [
              { value: "no", label: t("portal.no") },
              { value: "yes", label: t("portal.yes") },
            ],
          },
        ]}
        schema={accessCodeSchema}
        initial={{ location_id: "all", requires_installation_token: "no" }}
        submitLabel={t("portal.newCode")}
        successMessage={t("portal.created")}
        onSubmit={(values) =>
          createCode
            .mutateAsync({
              // A select item cannot have an empty value: "all" means no location.
              ...(values.location_id !== "all" ? { location_id: String(values.location_id) } : {}),
              requires_installation_token: values.requires_installation_token === "yes",
            })
            .then(reveal(t("portal.codes")))
        }
      />
      <FormDrawer
        open={drawer === "installation"}
        onOpenChange={(open) => !open && setDrawer(null)}
        title={t("portal.addInstallation")}
        fields={[
          { name: "name", label: t("portal.name") },
          { name: "serial_number", label: t("portal.serial") },
          { name: "location_id", label: t("portal.location"), kind: "select", options: locationOptions },
        ]}
        schema={assetSchema}
        initial={{ name: "", serial_number: "", location_id: "" }}
        submitLabel={t("portal.addInstallation")}
        successMessage={t("portal.created")}
        onSubmit={(values) =>
          createAsset
            .mutateAsync({ name: String(values.name).trim(), serial_number: textOrNull(values.serial_number), location_id: String(values.location_id) })
            .then((response) => reveal(String(values.name))(response))
        }
      />
    </Section>
  )
}
