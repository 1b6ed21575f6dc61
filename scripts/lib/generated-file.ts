/**
 * A file generated from the source (the JSON Schema, the frontmatter reference): written by its
 * script, or with `--check`, compared with the committed copy (exit 1 when stale).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export function writeOrCheck(file: string, text: string, command: string, argv: readonly string[] = process.argv): void {
  if (argv.includes('--check')) {
    if ((existsSync(file) ? readFileSync(file, 'utf8') : '') !== text) {
      console.error(`${file} is out of date: run ${command}`);
      process.exit(1);
    }
    console.log(`${file} is up to date`);
    return;
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  console.log(`wrote ${file} (${text.length} bytes)`);
}
