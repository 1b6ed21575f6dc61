/** Fails early, with the fix, when the browser the e2e tests drive is missing. */
import { accessSync, constants } from 'node:fs';

const path = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
try {
  accessSync(path, constants.X_OK);
} catch {
  console.error(
    `The browser tests need Chromium at ${path}, and it is not there.\n` +
      'Install Debian\'s package:  sudo apt-get update && sudo apt-get install -y chromium\n' +
      '(or point CHROMIUM_PATH at another Chromium). Playwright cannot download browsers here.',
  );
  process.exit(1);
}
