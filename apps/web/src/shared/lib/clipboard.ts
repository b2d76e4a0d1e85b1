/**
 * Copies text, answering whether that worked. `navigator.clipboard` exists only in secure
 * contexts, and a hall's Hadir may be on plain http, so callers need a way to show the text instead.
 */
export async function copyText(text: string): Promise<boolean> {
  if (typeof navigator.clipboard?.writeText !== 'function') return false;
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
