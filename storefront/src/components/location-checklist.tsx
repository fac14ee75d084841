// The delivery locations a member may use, as checkboxes posting `location_ids`.
import { Text } from "@medusajs/ui"
import { CheckboxField } from "./choice"

type Props = {
  locations: { id: string; label: string }[]
  checked: readonly string[]
  labels: { legend: string; hint: string; none: string }
}

export function LocationChecklist({ locations, checked, labels }: Props) {
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby="location-checklist-hint">
      <legend className="txt-compact-small-plus mb-1">{labels.legend}</legend>
      <Text size="small" className="text-ui-fg-subtle" id="location-checklist-hint">
        {locations.length ? labels.hint : labels.none}
      </Text>
      {locations.map((location) => (
        <CheckboxField
          key={location.id}
          name="location_ids"
          value={location.id}
          label={location.label}
          defaultChecked={checked.includes(location.id)}
        />
      ))}
    </fieldset>
  )
}
