"use client"
// A form posting to a server action: the page renders the fields (server-side, in the
// visitor's language); this adds the pending state and says what the store answered, in a
// live region a screen reader announces.
import { useActionState, type ReactNode } from "react"
import type { ActionState } from "@/lib/action-state"
import { SubmitButton } from "./form-controls"

type Props = {
  action: (state: ActionState, form: FormData) => Promise<ActionState>
  submitLabel: string
  children?: ReactNode
  /** Shown after a success when the action gives no message of its own. */
  doneLabel?: string
  variant?: "primary" | "secondary" | "danger" | "transparent"
  className?: string
  /** A small form in a table row or toolbar. */
  inline?: boolean
  /** For forms whose submit button alone says what they do (e.g. "Remove" in a row). */
  "aria-label"?: string
}

export function ActionForm({ action, submitLabel, children, doneLabel, variant = "primary", className, inline, ...rest }: Props) {
  const [state, formAction, pending] = useActionState(action, {} as ActionState)
  const failed = state.ok === false
  return (
    <form action={formAction} className={className ?? (inline ? "inline-flex items-center gap-2" : "flex flex-col gap-4")} aria-label={rest["aria-label"]} noValidate={false}>
      {children}
      <div className={inline ? "inline-flex items-center gap-2" : "flex flex-col items-start gap-2"}>
        <SubmitButton variant={variant} pending={pending} size={inline ? "small" : "base"}>
          {submitLabel}
        </SubmitButton>
        <div role={failed ? "alert" : "status"} aria-live="polite" className="text-sm">
          {failed ? (
            <div className="text-ui-fg-error" data-code={state.code}>
              <p>{state.message}</p>
              {state.fields?.length ? (
                <ul className="list-disc pl-5">
                  {state.fields.map((field) => (
                    <li key={field.field}>
                      <span className="font-medium">{field.field}</span>: {field.message}
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          ) : state.ok ? (
            <p className="text-ui-fg-interactive">
              {state.message ?? doneLabel}
              {state.value ? (
                <>
                  {" "}
                  <code className="break-all">{state.value}</code>
                </>
              ) : null}
            </p>
          ) : null}
        </div>
      </div>
    </form>
  )
}
