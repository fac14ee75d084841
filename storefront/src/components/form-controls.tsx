// @medusajs/ui's Input, Label and Button as plain elements with the same classes. Theirs are
// client components that bring radix-ui, tailwind-merge and @medusajs/icons into the first-load
// JavaScript of every page with a form (about 12 kB gzip, measured by the zone's every-page
// test); Text, Heading, Table and the other server-rendered parts of @medusajs/ui cost no script.
import type { ButtonHTMLAttributes, InputHTMLAttributes, LabelHTMLAttributes } from "react"

const join = (...classes: (string | false | undefined)[]) => classes.filter(Boolean).join(" ")

export const inputClass = join(
  "caret-ui-fg-base bg-ui-bg-field hover:bg-ui-bg-field-hover shadow-borders-base placeholder-ui-fg-muted text-ui-fg-base",
  "transition-fg relative w-full appearance-none rounded-md outline-none txt-compact-small h-8 px-2 py-1.5",
  "focus-visible:shadow-borders-interactive-with-active",
  "disabled:text-ui-fg-disabled disabled:!bg-ui-bg-disabled disabled:cursor-not-allowed",
  "aria-[invalid=true]:!shadow-borders-error invalid:!shadow-borders-error",
)

export function Input({ className, ...props }: InputHTMLAttributes<HTMLInputElement>) {
  return <input className={join(inputClass, className)} {...props} />
}

export function Label({ className, ...props }: LabelHTMLAttributes<HTMLLabelElement>) {
  return <label className={join("font-sans txt-compact-medium font-normal", className)} {...props} />
}

const variants = {
  primary:
    "shadow-buttons-inverted text-ui-contrast-fg-primary bg-ui-button-inverted hover:bg-ui-button-inverted-hover active:bg-ui-button-inverted-pressed focus-visible:!shadow-buttons-inverted-focus",
  secondary:
    "shadow-buttons-neutral text-ui-fg-base bg-ui-button-neutral hover:bg-ui-button-neutral-hover active:bg-ui-button-neutral-pressed focus-visible:shadow-buttons-neutral-focus",
  transparent:
    "text-ui-fg-base bg-ui-button-transparent hover:bg-ui-button-transparent-hover active:bg-ui-button-transparent-pressed focus-visible:shadow-buttons-neutral-focus",
  danger:
    "shadow-buttons-colored shadow-buttons-danger text-ui-fg-on-color bg-ui-button-danger hover:bg-ui-button-danger-hover active:bg-ui-button-danger-pressed focus-visible:shadow-buttons-danger-focus",
}

type SubmitProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: keyof typeof variants
  size?: "small" | "base"
  /** The action is running: the button is disabled and shows a spinner over its label. */
  pending?: boolean
}

export function SubmitButton({ variant = "primary", size = "base", pending = false, disabled, className, children, ...props }: SubmitProps) {
  return (
    <button
      type="submit"
      disabled={disabled || pending}
      aria-busy={pending || undefined}
      className={join(
        "transition-fg relative inline-flex w-fit items-center justify-center overflow-hidden rounded-md outline-none txt-compact-small-plus gap-x-1.5",
        "disabled:bg-ui-bg-disabled disabled:text-ui-fg-disabled disabled:shadow-buttons-neutral",
        size === "small" ? "px-2 py-1" : "px-3 py-1.5",
        variants[variant],
        className,
      )}
      {...props}
    >
      {children}
      {pending ? (
        <span className="bg-ui-bg-disabled absolute inset-0 flex items-center justify-center" aria-hidden="true">
          <span className="h-4 w-4 animate-spin rounded-full border-2 border-ui-fg-muted border-t-transparent" />
        </span>
      ) : null}
    </button>
  )
}
