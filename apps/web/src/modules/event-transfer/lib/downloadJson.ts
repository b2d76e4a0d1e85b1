/**
 * Saves `data` as a JSON file. The export needs the session token, so a plain link to the API
 * cannot download it: the answer is fetched first and handed to the browser from memory.
 */
export function downloadJson(fileName: string, data: unknown): void {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // The click starts the download synchronously; the blob is not needed once it has.
    URL.revokeObjectURL(url);
  }
}
