import { locationCollectionRoutes } from "../../../../utils/locations"

export const { GET, POST } = locationCollectionRoutes("store")
