/**
 * Writers for the two icon containers the installers need, from PNG images:
 * .ico (Windows) and .icns (macOS). Both formats are small and stable, so they
 * are written here rather than pulled in as another dependency.
 */

export interface IconImage {
  size: number;
  png: Buffer;
  /** Straight (not premultiplied) RGBA, top row first; needed for the .ico's small bitmap entries. */
  rgba: Buffer;
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Buffer): { width: number; height: number } {
  const signature = '89504e470d0a1a0a';
  if (png.subarray(0, 8).toString('hex') !== signature || png.subarray(12, 16).toString('latin1') !== 'IHDR') {
    throw new Error('not a PNG');
  }
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/**
 * A 32-bit BMP entry (BITMAPINFOHEADER, BGRA bottom-up, then the 1-bit AND
 * mask). Older shell code paths and resource tools read small icons only as
 * bitmaps; from 64 px up PNG entries are understood everywhere and far smaller.
 */
function bmpEntry({ size, rgba }: IconImage): Buffer {
  const header = Buffer.alloc(40);
  header.writeUInt32LE(40, 0);
  header.writeInt32LE(size, 4);
  header.writeInt32LE(size * 2, 8); // colour rows plus mask rows, as ICO requires
  header.writeUInt16LE(1, 12);
  header.writeUInt16LE(32, 14);
  const pixels = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const from = (y * size + x) * 4;
      const to = ((size - 1 - y) * size + x) * 4;
      pixels[to] = rgba[from + 2]!;
      pixels[to + 1] = rgba[from + 1]!;
      pixels[to + 2] = rgba[from]!;
      pixels[to + 3] = rgba[from + 3]!;
    }
  }
  const maskRow = Math.ceil(size / 32) * 4;
  // All zero: the alpha channel decides transparency.
  const mask = Buffer.alloc(maskRow * size);
  return Buffer.concat([header, pixels, mask]);
}

export function encodeIco(images: readonly IconImage[]): Buffer {
  const sorted = [...images].sort((a, b) => a.size - b.size);
  if (sorted.some((image) => image.size > 256)) throw new Error('.ico images are at most 256 px');
  const entries = sorted.map((image) => (image.size > 48 ? image.png : bmpEntry(image)));
  const directory = Buffer.alloc(6 + 16 * sorted.length);
  directory.writeUInt16LE(0, 0);
  directory.writeUInt16LE(1, 2); // type 1: icon
  directory.writeUInt16LE(sorted.length, 4);
  let offset = directory.length;
  sorted.forEach((image, index) => {
    const at = 6 + 16 * index;
    directory.writeUInt8(image.size % 256, at); // 0 means 256
    directory.writeUInt8(image.size % 256, at + 1);
    directory.writeUInt8(0, at + 2);
    directory.writeUInt8(0, at + 3);
    directory.writeUInt16LE(1, at + 4);
    directory.writeUInt16LE(32, at + 6);
    directory.writeUInt32LE(entries[index]!.length, at + 8);
    directory.writeUInt32LE(offset, at + 12);
    offset += entries[index]!.length;
  });
  return Buffer.concat([directory, ...entries]);
}

/** The PNG-based icns element types, by pixel size (@2x variants share a size with a 1x one). */
export const ICNS_TYPES: readonly { type: string; size: number }[] = [
  { type: 'icp4', size: 16 },
  { type: 'icp5', size: 32 },
  { type: 'ic11', size: 32 }, // 16@2x
  { type: 'icp6', size: 64 },
  { type: 'ic12', size: 64 }, // 32@2x
  { type: 'ic07', size: 128 },
  { type: 'ic08', size: 256 },
  { type: 'ic13', size: 256 }, // 128@2x
  { type: 'ic09', size: 512 },
  { type: 'ic14', size: 512 }, // 256@2x
  { type: 'ic10', size: 1024 }, // 512@2x
];

export function encodeIcns(images: readonly IconImage[]): Buffer {
  const bySize = new Map(images.map((image) => [image.size, image.png]));
  const elements = ICNS_TYPES.map(({ type, size }) => {
    const png = bySize.get(size);
    if (!png) throw new Error(`.icns needs a ${size} px image`);
    const header = Buffer.alloc(8);
    header.write(type, 0, 'latin1');
    header.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([header, png]);
  });
  const body = Buffer.concat(elements);
  const header = Buffer.alloc(8);
  header.write('icns', 0, 'latin1');
  header.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([header, body]);
}

/** resvg renders premultiplied alpha; bitmaps in an .ico are straight alpha. */
export function unpremultiply(pixels: Buffer): Buffer {
  const out = Buffer.from(pixels);
  for (let i = 0; i < out.length; i += 4) {
    const alpha = out[i + 3]!;
    if (alpha === 0 || alpha === 255) continue;
    for (let c = 0; c < 3; c++) out[i + c] = Math.min(255, Math.round((out[i + c]! * 255) / alpha));
  }
  return out;
}
