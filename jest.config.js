// Six projects: unit (pure functions), modules (one module on a real Postgres), http (the whole
// Medusa app with the plugin), package (the packed package as a storefront installs it),
// browser (the admin dashboard in Chromium against a booted store) and zone (the customer zone).
// `npm test` runs the first four two files at a time, then the two browser projects one file at
// a time (two admin stores at once on a fresh clone both optimize Vite's dependencies into the
// same cache, and one of them reloads under its test); `npm run test:<project>` runs one. Postgres comes from integration-tests/global-setup.mjs.
const transform = {
  "^.+\\.[jt]sx?$": [
    "@swc/jest",
    { jsc: { parser: { syntax: "typescript", decorators: true }, target: "es2021" } },
  ],
}

// Keeps `import()` of the ESM helpers in scripts/ (medusa-process.mjs, pack-plugin.mjs) a real import.
const keepImports = {
  "^.+\\.[jt]sx?$": [
    "@swc/jest",
    {
      jsc: { parser: { syntax: "typescript" }, target: "es2021" },
      module: { type: "commonjs", ignoreDynamic: true },
    },
  ],
}

const project = (displayName, testMatch) => ({
  displayName,
  testMatch,
  transform,
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "json"],
  modulePathIgnorePatterns: ["<rootDir>/.medusa/", "<rootDir>/.demo/", "<rootDir>/node_modules/", "<rootDir>/storefront/"],
  setupFiles: ["<rootDir>/integration-tests/setup.js"],
})

module.exports = {
  // Each file runs in a worker that is replaced once it holds more than this after a file: each HTTP spec boots a
  // whole Medusa app and not all of it is freed, so one process running every file ran out of
  // its 4 GB heap (and slowed down in garbage collection long before).
  workerIdleMemoryLimit: "1.5GB",
  reporters: ["default", "<rootDir>/integration-tests/timing-reporter.js"],
  globalSetup: "<rootDir>/integration-tests/global-setup.mjs",
  globalTeardown: "<rootDir>/integration-tests/global-teardown.mjs",
  projects: [
    project("unit", ["<rootDir>/src/**/__tests__/**/*.unit.spec.ts"]),
    project("modules", ["<rootDir>/src/modules/*/__tests__/**/*.module.spec.ts"]),
    project("http", ["<rootDir>/integration-tests/http/**/*.spec.ts"]),
    // The packed package in an empty project, as a storefront installs it.
    { ...project("package", ["<rootDir>/integration-tests/package/**/*.spec.ts"]), transform: keepImports },
    { ...project("browser", ["<rootDir>/integration-tests/browser/**/*.spec.ts"]), transform: keepImports },
    // The customer zone (storefront/, next build + next start) against a store with the demo data.
    { ...project("zone", ["<rootDir>/integration-tests/zone/**/*.spec.ts"]), transform: keepImports },
    // Two servers and a worker on one Postgres and one Redis (README "Production").
    { ...project("cluster", ["<rootDir>/integration-tests/cluster/**/*.spec.ts"]), transform: keepImports },
  ],
}
