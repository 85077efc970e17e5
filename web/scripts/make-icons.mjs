// Draws the app icons (a white check mark on a blue disc) as PNG files with nothing but
// node:zlib, so the build needs no image tool and no download.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '..', 'public', 'icons');

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Distance from point p to the segment a–b. */
function segmentDistance(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** `maskable`: full-bleed background, mark inside the safe zone (80 % circle). */
function drawIcon(size, maskable) {
  const blue = [28, 93, 153];
  const raw = Buffer.alloc(size * (size * 4 + 1));
  const r = size / 2;
  const scale = maskable ? 0.62 : 0.8;
  const stroke = size * 0.085 * scale;
  // The check mark, in units of the icon size.
  const pts = [
    [0.3, 0.52],
    [0.44, 0.66],
    [0.71, 0.36],
  ].map(([x, y]) => [r + (x - 0.5) * size * scale * 1.25, r + (y - 0.5) * size * scale * 1.25]);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const i = y * (size * 4 + 1) + 1 + x * 4;
      const cx = x + 0.5;
      const cy = y + 0.5;
      const inDisc = maskable || Math.hypot(cx - r, cy - r) <= r - 1;
      const d = Math.min(
        segmentDistance(cx, cy, ...pts[0], ...pts[1]),
        segmentDistance(cx, cy, ...pts[1], ...pts[2]),
      );
      const onMark = d <= stroke / 2;
      const [cr, cg, cb] = onMark ? [255, 255, 255] : blue;
      raw[i] = cr;
      raw[i + 1] = cg;
      raw[i + 2] = cb;
      raw[i + 3] = inDisc ? 255 : 0;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export const ICONS = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'maskable-512.png', size: 512, maskable: true },
  { file: 'apple-touch-icon.png', size: 180, maskable: true },
];

export function makeIcons() {
  mkdirSync(outDir, { recursive: true });
  for (const icon of ICONS) {
    writeFileSync(join(outDir, icon.file), drawIcon(icon.size, icon.maskable));
  }
  return outDir;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(`icons written to ${makeIcons()}`);
}
