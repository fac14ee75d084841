import { Field } from "./field"

type Labels = Record<"label" | "company" | "first_name" | "last_name" | "address_1" | "address_2" | "postal_code" | "city" | "country_code" | "phone", string>
type Values = Partial<Record<keyof Labels, string | null>>

const REQUIRED = new Set(["label", "address_1", "postal_code", "city", "country_code"])

/** The fields of a delivery location, for adding and editing. */
export function LocationFields({ labels, values = {}, prefix = "" }: { labels: Labels; values?: Values; prefix?: string }) {
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      {(Object.keys(labels) as (keyof Labels)[]).map((name) => (
        <Field
          key={name}
          id={`${prefix}${name}`}
          label={labels[name]}
          name={name}
          defaultValue={values[name] ?? ""}
          required={REQUIRED.has(name)}
          maxLength={name === "country_code" ? 2 : undefined}
        />
      ))}
    </div>
  )
}
