"use client"
// ActionForm for a long form: React resets a form's fields after its action returns, which
// would empty the whole account request when the store refuses one field. With scripts on, the
// submit runs the action in a transition instead (no reset); without, the form posts as usual.
import { startTransition, useActionState, type FormEvent, type ReactNode } from "react"
import type { ActionState } from "@/lib/action-state"
import { SubmitButton } from "./form-controls"

type Props = {
  action: (state: ActionState, form: FormData) => Promise<ActionState>
  submitLabel: string
  children: ReactNode
}

export function FormKeepingValues({ action, submitLabel, children }: Props) {
  const [state, formAction, pending] = useActionState(action, {} as ActionState)
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    startTransition(() => formAction(form))
  }
  return (
    <form action={formAction} onSubmit={submit} className="flex flex-col gap-6">
      {children}
      <div className="flex flex-col items-start gap-2">
        <SubmitButton pending={pending}>{submitLabel}</SubmitButton>
        <div role={state.ok === false ? "alert" : "status"} aria-live="polite" className="text-sm">
          {state.ok === false ? (
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
          ) : null}
        </div>
      </div>
    </form>
  )
}
