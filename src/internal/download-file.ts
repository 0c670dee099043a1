// The download behind "In den Kalender": it comes with the calendar writer in the module loaded at
// the first download (src/data/extras.ts), so pages whose visitors download nothing never fetch it.

/**
 * Offers `text` as a file download, made in the browser: no request, and
 * allowed under a strict CSP (a `blob:` URL on a link the page itself clicks).
 */
export function downloadFile(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
