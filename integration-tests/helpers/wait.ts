/**
 * Reads until `done` holds (subscribers write after the request has answered), every 100 ms
 * for up to 5 s; answers the last value read, so the test's own assertion says what was wrong.
 */
export async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  let value = await read()
  for (let i = 0; i < 50 && !done(value); i++) {
    await new Promise((resolve) => setTimeout(resolve, 100))
    value = await read()
  }
  return value
}
