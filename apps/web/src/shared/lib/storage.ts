/**
 * localStorage can throw (private browsing, storage disabled by policy); the app must still work
 * then, only without remembering anything across reloads.
 */
export function readStored(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeStored(key: string, value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    // Nothing to do: the value simply lives only as long as this page.
  }
}
