/**
 * Save a file the way a browser does: a Blob behind an <a download>. This works unchanged in web
 * mode (the browser's download) and in Electron (its save flow), and needs no file-system API
 * in the contract: the bytes already came back from main with the export.
 */

export function base64ToBytes(b64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** byte size of a base64 payload without decoding it */
export function base64Size(b64: string): number {
  const pad = b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0;
  return Math.floor((b64.length * 3) / 4) - pad;
}

export function downloadFile(filename: string, mime: string, data: { text?: string; base64?: string }): void {
  const blob = data.base64 !== undefined ? new Blob([base64ToBytes(data.base64)], { type: mime }) : new Blob([data.text ?? ''], { type: `${mime};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // revoke later: some browsers start reading the blob after click() returns
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
