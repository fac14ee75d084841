import { listParams } from "../../../../utils/validators"

export const GetLibraryParams = listParams({ limit: 20 })
