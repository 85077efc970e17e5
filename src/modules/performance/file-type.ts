/**
 * Evidence file types recognised by their first bytes. The declared MIME type and the
 * file name come from the client and prove nothing: a script renamed to .jpg must not be
 * stored and later served as an image. Pure.
 */
export type EvidenceType = { mime: string; extension: string };

const startsWith = (data: Uint8Array, bytes: readonly number[], offset = 0) =>
  data.length >= offset + bytes.length && bytes.every((b, i) => data[offset + i] === b);

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** JPEG, PNG, WebP or PDF by content, else null. */
export function detectEvidenceType(data: Uint8Array): EvidenceType | null {
  if (startsWith(data, [0xff, 0xd8, 0xff])) return { mime: 'image/jpeg', extension: 'jpg' };
  if (startsWith(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) {
    return { mime: 'image/png', extension: 'png' };
  }
  if (startsWith(data, ascii('RIFF')) && startsWith(data, ascii('WEBP'), 8)) {
    return { mime: 'image/webp', extension: 'webp' };
  }
  if (startsWith(data, ascii('%PDF-'))) return { mime: 'application/pdf', extension: 'pdf' };
  return null;
}

/**
 * A file name safe to store and to put in a Content-Disposition header: no path, no
 * control or quote characters, at most 120 characters, with the extension of the
 * detected type.
 */
export function safeFilename(name: string | undefined, type: EvidenceType): string {
  const base = (name ?? '')
    .split(/[\\/]/)
    .pop()!
    .replace(/\.[^.]*$/, '')
    .replace(/[^\p{L}\p{N} ._()-]/gu, '_')
    .trim()
    .slice(0, 100);
  return `${base || 'bukti'}.${type.extension}`;
}
