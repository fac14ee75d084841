import { redirect } from "next/navigation"

/** The plugin's e-mails link to /account/login (its default storefront paths). */
export default function Login() {
  redirect("/sign-in?next=/account")
}
