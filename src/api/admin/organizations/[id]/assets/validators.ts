import { z } from "zod"
import { optionalText, requiredText } from "../../../../utils/validators"

const id = z.string().trim().min(1).max(64)

export const CreateAsset = z.object({
  location_id: id,
  name: requiredText(),
  serial_number: optionalText(100),
  product_variant_id: id.optional(),
})

export type CreateAssetType = z.infer<typeof CreateAsset>
