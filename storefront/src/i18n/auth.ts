import { messages } from "."

const en = {
  home: {
    title: "Welcome",
    intro: "Order for your organization, follow approvals, and manage your colleagues, addresses and subscriptions.",
    signedIn: "Go to your customer zone",
    portal: "Have a portal code? Open the portal",
  },
  signIn: {
    title: "Sign in",
    email: "E-mail",
    password: "Password",
    submit: "Sign in",
    noAccount: "No account yet?",
    register: "Create one",
    business: "Want to buy for a company?",
    request: "Request a business account",
    expired: "Your session has ended. Sign in again.",
  },
  register: {
    title: "Create an account",
    intro: "Use the e-mail address your invitation was sent to, if you have one.",
    firstName: "First name",
    lastName: "Last name",
    email: "E-mail",
    password: "Password",
    passwordHint: "At least 8 characters.",
    submit: "Create account",
    haveAccount: "Have an account already?",
  },
}

export default messages<typeof en>({
  en,
  nl: {
    home: {
      title: "Welkom",
      intro: "Bestel voor je organisatie, volg goedkeuringen en beheer je collega's, adressen en abonnementen.",
      signedIn: "Naar je klantenzone",
      portal: "Een portaalcode? Open het portaal",
    },
    signIn: {
      title: "Inloggen",
      email: "E-mail",
      password: "Wachtwoord",
      submit: "Inloggen",
      noAccount: "Nog geen account?",
      register: "Maak er een aan",
      business: "Wil je voor een bedrijf bestellen?",
      request: "Vraag een zakelijk account aan",
      expired: "Je sessie is beëindigd. Log opnieuw in.",
    },
    register: {
      title: "Account aanmaken",
      intro: "Gebruik het e-mailadres waarop je de uitnodiging kreeg, als je er een hebt.",
      firstName: "Voornaam",
      lastName: "Achternaam",
      email: "E-mail",
      password: "Wachtwoord",
      passwordHint: "Minstens 8 tekens.",
      submit: "Account aanmaken",
      haveAccount: "Al een account?",
    },
  },
})
