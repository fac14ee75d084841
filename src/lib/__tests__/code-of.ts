/** The `code` of what `run` throws (`"thrown"` when the error has none), or null when it returns: for unit tests of refusals. */
export const codeOf = (run: () => unknown) => {
  try {
    run()
  } catch (error) {
    return (error as { code?: string }).code ?? "thrown"
  }
  return null
}
