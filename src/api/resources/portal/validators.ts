// Portal lists: the merchant's access codes and installations, and a portal session's own lists.
import { listParams } from "../../utils/validators"

export const GetPortalListParams = listParams({ limit: 20 })
