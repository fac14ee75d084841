import { messages } from "."

const en = {
  title: "My profile",
  signedInAs: "Signed in as {email}",
  name: {
    heading: "Your name",
    first: "First name",
    last: "Last name",
    submit: "Save name",
  },
  password: {
    heading: "Password",
    body: "To choose a new password, we e-mail you a link to {email}. The link works once, for 15 minutes. Setting the new password signs you out everywhere else.",
    submit: "E-mail me a link",
    sent: "If the shop sends password e-mails, the link is on its way to {email}.",
  },
  email: {
    heading: "E-mail preferences for {organization}",
    intro: "Which e-mails of this organization you want to receive. Invitations and password links are always sent.",
    legend: "E-mails I want",
    submit: "Save preferences",
    categories: {
      general: { label: "General", hint: "Announcements, changes to your membership, and your seats in subscriptions and trainings." },
      orders: { label: "Orders", hint: "Approval requests and decisions." },
      billing: { label: "Billing", hint: "Invoices and payment reminders." },
      support: { label: "Support", hint: "Answers to your questions." },
    },
    inactive: "You can choose your e-mails once your membership is active.",
  },
}

export default messages<typeof en>({
  en,
  nl: {
    title: "Mijn profiel",
    signedInAs: "Ingelogd als {email}",
    name: {
      heading: "Je naam",
      first: "Voornaam",
      last: "Achternaam",
      submit: "Naam opslaan",
    },
    password: {
      heading: "Wachtwoord",
      body: "Om een nieuw wachtwoord te kiezen, e-mailen we je een link naar {email}. De link werkt één keer, 15 minuten lang. Met het nieuwe wachtwoord word je overal elders uitgelogd.",
      submit: "Stuur me een link",
      sent: "Als de winkel wachtwoordmails verstuurt, is de link onderweg naar {email}.",
    },
    email: {
      heading: "E-mailvoorkeuren voor {organization}",
      intro: "Welke e-mails van deze organisatie je wilt ontvangen. Uitnodigingen en wachtwoordlinks worden altijd verstuurd.",
      legend: "E-mails die ik wil",
      submit: "Voorkeuren opslaan",
      categories: {
        general: { label: "Algemeen", hint: "Aankondigingen, wijzigingen aan je lidmaatschap, en je plaatsen in abonnementen en opleidingen." },
        orders: { label: "Bestellingen", hint: "Goedkeuringsaanvragen en beslissingen." },
        billing: { label: "Facturatie", hint: "Facturen en betalingsherinneringen." },
        support: { label: "Support", hint: "Antwoorden op je vragen." },
      },
      inactive: "Je kunt je e-mails kiezen zodra je lidmaatschap actief is.",
    },
  },
})
