// Makes sure a Chromium exists for the browser tests: installs Debian's package when running as
// root, otherwise says in one line what to install.
import { execSync } from 'node:child_process';
import { findChromium } from './chromium.mjs';

if (!findChromium()) {
  if (process.getuid?.() === 0 && !process.env.CHROMIUM_PATH) {
    console.log("No Chromium found: installing Debian's chromium package (apt-get)…");
    execSync('apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium', { stdio: 'inherit' });
  }
  if (!findChromium()) {
    console.error('Browser tests need Chromium: run `sudo apt-get install -y chromium` (Debian/Ubuntu) or set CHROMIUM_PATH to a Chromium binary.');
    process.exit(1);
  }
}
console.log(`Chromium: ${findChromium()}`);
