/**
 * Fonts for share images, found on the build machine: no network, no font shipped with the site. A site
 * may point `SITREP_OG_FONTS` at font files or folders (separated by the path delimiter); otherwise
 * Debian's DejaVu Sans (fonts-dejavu-core, which Chromium pulls in) or Liberation Sans, then the system's
 * fonts. With none at all, images are drawn without their text and the build says so once.
 */
import { existsSync, statSync } from 'node:fs';
import { delimiter } from 'node:path';

export interface OgFonts {
  /** Font files to load. */
  files: string[];
  /** Folders to load every font from. */
  dirs: string[];
  /** The family text is set in; resvg falls back through the loaded fonts for missing glyphs (Arabic ...). */
  family: string;
  /** True when no font was found: text will not be drawn. */
  missing: boolean;
}

/** Candidate fonts, regular then bold, by family: the first family with its regular file present wins. */
const CANDIDATES: { family: string; files: string[] }[] = [
  { family: 'DejaVu Sans', files: ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'] },
  { family: 'Liberation Sans', files: ['/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf', '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf'] },
  { family: 'DejaVu Sans', files: ['/usr/share/fonts/TTF/DejaVuSans.ttf', '/usr/share/fonts/TTF/DejaVuSans-Bold.ttf'] },
  { family: 'Helvetica', files: ['/System/Library/Fonts/Helvetica.ttc'] },
  { family: 'Arial', files: ['C:\\Windows\\Fonts\\arial.ttf', 'C:\\Windows\\Fonts\\arialbd.ttf'] },
];

const isFile = (path: string) => existsSync(path) && statSync(path).isFile();
const isDir = (path: string) => existsSync(path) && statSync(path).isDirectory();

/** The fonts to draw share images with on this machine (see the module comment for the order). */
export function findOgFonts(env: Record<string, string | undefined> = process.env): OgFonts {
  const configured = (env['SITREP_OG_FONTS'] ?? '').split(delimiter).map((p) => p.trim()).filter(Boolean);
  if (configured.length > 0) {
    const files = configured.filter(isFile);
    const dirs = configured.filter(isDir);
    if (files.length + dirs.length > 0) return { files, dirs, family: env['SITREP_OG_FONT_FAMILY']?.trim() || 'sans-serif', missing: false };
  }
  for (const candidate of CANDIDATES) {
    const files = candidate.files.filter(isFile);
    if (files.length > 0 && files[0] === candidate.files[0]) return { files, dirs: [], family: candidate.family, missing: false };
  }
  const dirs = ['/usr/share/fonts', '/usr/local/share/fonts', '/Library/Fonts', 'C:\\Windows\\Fonts'].filter(isDir);
  return { files: [], dirs, family: 'sans-serif', missing: dirs.length === 0 };
}
