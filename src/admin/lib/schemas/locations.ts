import { z } from "zod"
import { country, optionalText, text } from "./fields"

/** A delivery location, with the lengths of Medusa's addresses (the server's `postalAddress`). */
export const locationSchema = z.object({
  label: text(255),
  company: optionalText(255),
  first_name: optionalText(255),
  last_name: optionalText(255),
  address_1: text(255),
  address_2: optionalText(255),
  postal_code: text(20),
  city: text(255),
  province: optionalText(255),
  country_code: country(),
  phone: optionalText(32),
})
