"use client"
// The role and its permission checklist (seeds 002/004): choosing a role checks what the role
// may do, any box can then be changed, "check all" checks every box. Native inputs: the form
// posts `role` and one `permissions` value per checked box; the server action works out the
// grants and revokes against the role's preset.
import { Label } from "./form-controls"
import { useEffect, useRef, useState } from "react"
import { CheckboxField, SelectField } from "./choice"

type Option = { value: string; label: string }

type Props = {
  roles: Option[]
  permissions: Option[]
  /** What each role may do (ROLE_PERMISSIONS). */
  presets: Record<string, readonly string[]>
  role: string
  /** The boxes checked at first (a member's effective permissions, or the role's preset). */
  checked: readonly string[]
  labels: { role: string; permissions: string; hint: string; checkAll: string }
}

export function PermissionChecklist({ roles, permissions, presets, role: initialRole, checked: initialChecked, labels }: Props) {
  const [role, setRole] = useState(initialRole)
  const [checked, setChecked] = useState(() => new Set(initialChecked))
  const all = permissions.every((permission) => checked.has(permission.value))

  // A form resets after its action: go back to what the page gave (it may have changed).
  const fieldset = useRef<HTMLFieldSetElement>(null)
  const initial = useRef({ role: initialRole, checked: initialChecked })
  useEffect(() => {
    initial.current = { role: initialRole, checked: initialChecked }
  }, [initialRole, initialChecked])
  useEffect(() => {
    const form = fieldset.current?.form
    const reset = () => {
      setRole(initial.current.role)
      setChecked(new Set(initial.current.checked))
    }
    form?.addEventListener("reset", reset)
    return () => form?.removeEventListener("reset", reset)
  }, [])

  const toggle = (permission: string, on: boolean) =>
    setChecked((before) => {
      const after = new Set(before)
      if (on) after.add(permission)
      else after.delete(permission)
      return after
    })

  return (
    <div className="flex flex-col gap-4">
      <SelectField
        label={labels.role}
        name="role"
        options={roles}
        value={role}
        onChange={(event) => {
          setRole(event.target.value)
          setChecked(new Set(presets[event.target.value] ?? []))
        }}
      />
      <fieldset ref={fieldset} className="flex flex-col gap-2" aria-describedby="permission-checklist-hint">
        <legend className="txt-compact-small-plus mb-1">{labels.permissions}</legend>
        <p className="txt-small text-ui-fg-subtle" id="permission-checklist-hint">
          {labels.hint}
        </p>
        <div className="flex items-center gap-2 border-b border-ui-border-base pb-2">
          <input
            type="checkbox"
            id="permission-check-all"
            className="h-4 w-4 rounded border-ui-border-base accent-ui-fg-interactive"
            checked={all}
            onChange={(event) => setChecked(new Set(event.target.checked ? permissions.map((permission) => permission.value) : []))}
          />
          <Label htmlFor="permission-check-all">{labels.checkAll}</Label>
        </div>
        {permissions.map((permission) => (
          <CheckboxField
            key={permission.value}
            name="permissions"
            value={permission.value}
            label={permission.label}
            checked={checked.has(permission.value)}
            onChange={(event) => toggle(permission.value, event.target.checked)}
          />
        ))}
      </fieldset>
    </div>
  )
}
