import { messages } from "."

const en = {
  noOrganization: {
    title: "No organization yet",
    body: "Your login is not a member of any organization. Open the invitation or activation link from your e-mail, or request a business account.",
    request: "Request a business account",
  },
  overview: {
    role: "Your role",
    permissions: "What you may do here",
    status: "Membership",
    spendingLimit: "Your spending limit",
    noLimit: "No limit",
    spentSince: "Spent since {since}",
    spentOf: "{spent} of {limit} ({remaining} left)",
    pending: "Your membership is waiting for its activation: open the link in your e-mail.",
    organization: "Organization",
    vat: "VAT number",
    registration: "Chamber of commerce number",
  },
}

export default messages<typeof en>({
  en,
  nl: {
    noOrganization: {
      title: "Nog geen organisatie",
      body: "Je login is nog geen lid van een organisatie. Open de uitnodigings- of activatielink uit je e-mail, of vraag een zakelijk account aan.",
      request: "Zakelijk account aanvragen",
    },
    overview: {
      role: "Je rol",
      permissions: "Wat je hier mag",
      status: "Lidmaatschap",
      spendingLimit: "Je bestedingslimiet",
      noLimit: "Geen limiet",
      spentSince: "Besteed sinds {since}",
      spentOf: "{spent} van {limit} ({remaining} over)",
      pending: "Je lidmaatschap wacht op activatie: open de link in je e-mail.",
      organization: "Organisatie",
      vat: "Btw-nummer",
      registration: "KvK-/KBO-nummer",
    },
  },
})
