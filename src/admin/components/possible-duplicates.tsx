import { Alert, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { Status } from "./status"
import { dash } from "../lib/format"
import { useT } from "../lib/i18n"
import type { DuplicateOrganization } from "../lib/types"

/**
 * Organizations that share the VAT or registration number with what is being created or
 * approved, each a link (opens in a new tab from inside a drawer, so the form is not lost).
 */
export function PossibleDuplicates({ organizations, newTab = false }: { organizations: DuplicateOrganization[] | undefined; newTab?: boolean }) {
  const { t } = useT()
  if (!organizations?.length) return null
  return (
    <Alert variant="warning" data-testid="possible-duplicates">
      <Text size="small" weight="plus">{t("duplicates.title", { count: organizations.length })}</Text>
      <ul className="mt-1 flex flex-col gap-y-1">
        {organizations.map((o) => (
          <li key={o.id} className="flex flex-wrap items-center gap-x-2">
            <Link
              to={`/organizations/${o.id}`}
              className="text-ui-fg-interactive hover:underline"
              {...(newTab ? { target: "_blank", rel: "noreferrer" } : {})}
            >
              {o.name}
            </Link>
            <Text size="small" className="text-ui-fg-subtle">
              {t("duplicates.numbers", { vat: o.vat_number ?? dash, registration: o.registration_number ?? dash })}
            </Text>
            <Status value={o.status} />
          </li>
        ))}
      </ul>
    </Alert>
  )
}
