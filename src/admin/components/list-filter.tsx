import { Input, Select } from "@medusajs/ui"
import { useT } from "../lib/i18n"

type Props = { value: string; values: readonly string[]; onChange: (value: string) => void; label: string; testId?: string }

/** A status (or mode) filter for a list; "all" means no filter. Labels come from `status.*`. */
export function ListFilter({ value, values, onChange, label, testId }: Props) {
  const { t } = useT()
  return (
    <Select size="small" value={value} onValueChange={onChange}>
      <Select.Trigger data-testid={testId} aria-label={label} className="w-40">
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        {["all", ...values].map((option) => (
          <Select.Item key={option} value={option}>
            {option === "all" ? t("filters.all") : t(`status.${option}`)}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}

/** The search box of a list. */
export function SearchInput({ value, onChange, placeholder }: { value: string; onChange: (value: string) => void; placeholder: string }) {
  return <Input size="small" type="search" placeholder={placeholder} value={value} onChange={(e) => onChange(e.target.value)} />
}

/** The query value for a filter: nothing for "all". */
export const filterValue = (value: string) => (value === "all" ? undefined : value)
