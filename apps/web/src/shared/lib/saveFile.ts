/**
 * Hands a file made in memory to the browser as a download. Exports need the session token, so
 * a plain link to the API cannot download them: the answer is fetched first, then saved here.
 */
export function saveFile(fileName: string, blob: Blob): void {
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
