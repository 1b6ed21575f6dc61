/**
 * SVG to PNG for share images, in Node with @resvg/resvg-js (no browser, no network). Fonts come from
 * fonts.ts; without any, the image is drawn without its text and a warning is printed once.
 */
import { Resvg } from '@resvg/resvg-js';
import { findOgFonts, type OgFonts } from './fonts.ts';

let fonts: OgFonts | undefined;
let warned = false;

/** The fonts share images use on this machine (looked up once). */
export function ogFonts(): OgFonts {
  fonts ??= findOgFonts();
  if (fonts.missing && !warned) {
    warned = true;
    process.stderr.write('Sitrep: no font found for share images; they are drawn without their text. Install fonts-dejavu-core or set SITREP_OG_FONTS.\n');
  }
  return fonts;
}

/** Renders SVG text to a PNG of the SVG's own size. */
export function svgToPng(svg: string, font: OgFonts = ogFonts()): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'original' },
    font: {
      loadSystemFonts: font.files.length === 0 && font.dirs.length === 0,
      fontFiles: font.files,
      fontDirs: font.dirs,
      defaultFontFamily: font.family,
      sansSerifFamily: font.family,
    },
    logLevel: 'off',
  });
  return resvg.render().asPng();
}

/** The width and height of a PNG, from its IHDR chunk; undefined when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return undefined;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
