import { listLibrary } from "../../../../utils/entitlements"

export const GET = listLibrary
