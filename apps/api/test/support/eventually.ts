/**
 * Asks `probe` until `done` holds of its answer or `timeoutMs` passes, and returns the last
 * answer, for the test to assert on: for what the server settles after the call that caused it
 * returns (closing cascades, coalesced pushes, replays on reconnect). Never a fixed wait.
 */
export async function eventually<T>(
  probe: () => T | Promise<T>,
  done: (answer: T) => boolean,
  { timeoutMs = 5000, everyMs = 50 } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let answer = await probe();
  while (!done(answer) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, everyMs));
    answer = await probe();
  }
  return answer;
}
