import en from "./en"
import nl from "./nl"

// Merged by Medusa into the dashboard's translations (namespace "translation"); the admin user's
// language setting picks one. Every string of the plugin sits under `b2b`.
export default {
  en: { translation: { b2b: en } },
  nl: { translation: { b2b: nl } },
}
