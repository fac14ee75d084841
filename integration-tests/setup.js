// Each test file boots its own ORM; stale entity metadata from a previous file breaks it.
const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

MetadataStorage.clear()
