/** @type {import('tailwindcss').Config} */
module.exports = {
  presets: [require("@medusajs/ui-preset")],
  content: ["./src/**/*.{ts,tsx}", "./node_modules/@medusajs/ui/dist/**/*.{js,jsx,ts,tsx}"],
  darkMode: "class",
}
