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
