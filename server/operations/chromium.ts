// The Chromium the platform prints with (`npm run report:pdf`) and the tests drive: Debian's, through playwright-core.
import { chromium, type Browser } from 'playwright-core';

// Headless as root, and quiet: without the background-networking flags Chromium keeps calling out of a closed network.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}
