/**
 * `npm run icons`: every platform's icon from assets/icons/icon.svg.
 * The outputs are committed, so packaging never needs this script or its
 * rasterizer; run it again after editing the SVG.
 *
 *   assets/icons/png/<n>x<n>.png  Linux (electron-builder reads the folder), n = 16 … 1024
 *   assets/icons/icon.png         1024 px, for anything that wants one picture
 *   assets/icons/icon.ico         Windows: 16 … 256
 *   assets/icons/icon.icns        macOS: 16 … 1024 (1x and 2x)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { encodeIcns, encodeIco, unpremultiply } from './icon-formats';
import type { IconImage } from './icon-formats';

const root = resolve(import.meta.dirname, '..');
const iconsDir = join(root, 'assets/icons');
const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

function render(svg: string, size: number): IconImage {
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: size }, shapeRendering: 2 }).render();
  if (image.width !== size || image.height !== size) throw new Error(`expected ${size}x${size}, got ${image.width}x${image.height}`);
  return { size, png: image.asPng(), rgba: unpremultiply(image.pixels) };
}

function write(path: string, data: Buffer): void {
  writeFileSync(path, data);
  console.log(`${relative(root, path)}  ${data.length} bytes`);
}

const svg = readFileSync(join(iconsDir, 'icon.svg'), 'utf8');
const images = new Map(PNG_SIZES.map((size) => [size, render(svg, size)]));
const pick = (sizes: number[]) => sizes.map((size) => images.get(size)!);

mkdirSync(join(iconsDir, 'png'), { recursive: true });
for (const image of images.values()) write(join(iconsDir, 'png', `${image.size}x${image.size}.png`), image.png);
write(join(iconsDir, 'icon.png'), images.get(1024)!.png);
write(join(iconsDir, 'icon.ico'), encodeIco(pick(ICO_SIZES)));
write(join(iconsDir, 'icon.icns'), encodeIcns(pick(PNG_SIZES)));
