import { locationRoutes } from "../../../../../utils/locations"

export const { GET, POST, DELETE } = locationRoutes("admin")
