import { describe, expect, it } from 'vitest';
import { detectEvidenceType, safeFilename } from './file-type';

const bytes = (...b: number[]) => Uint8Array.from(b);
const text = (s: string) => new TextEncoder().encode(s);

describe('detectEvidenceType', () => {
  it.each([
    ['jpeg', bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10), 'image/jpeg'],
    ['png', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0), 'image/png'],
    ['webp', text('RIFF\u0000\u0000\u0000\u0000WEBPVP8 '), 'image/webp'],
    ['pdf', text('%PDF-1.7\n'), 'application/pdf'],
  ])('recognises %s', (_, data, mime) => {
    expect(detectEvidenceType(data)?.mime).toBe(mime);
  });

  it.each([
    ['text', text('hello, I am not a picture')],
    ['html', text('<html><script>alert(1)</script>')],
    ['riff that is not webp', text('RIFF\u0000\u0000\u0000\u0000WAVEfmt ')],
    ['truncated jpeg', bytes(0xff, 0xd8)],
    ['empty', bytes()],
  ])('refuses %s', (_, data) => {
    expect(detectEvidenceType(data)).toBeNull();
  });
});

describe('safeFilename', () => {
  const jpeg = { mime: 'image/jpeg', extension: 'jpg' };
  it('keeps a plain name and sets the extension of the detected type', () => {
    expect(safeFilename('foto rapat.png', jpeg)).toBe('foto rapat.jpg');
  });
  it('drops paths and header-breaking characters', () => {
    expect(safeFilename('../../etc/pa"ss\r\nwd.jpg', jpeg)).toBe('pa_ss__wd.jpg');
  });
  it('names a nameless file', () => {
    expect(safeFilename(undefined, jpeg)).toBe('bukti.jpg');
  });
});
