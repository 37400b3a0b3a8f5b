import { existsSync } from 'node:fs';
import { chromium, type LaunchOptions } from '@playwright/test';

/** Debian's Chromium where present, Playwright's own otherwise; the flags this machine's closed network needs. */
export const CHROMIUM_LAUNCH_OPTIONS: LaunchOptions = {
  executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

export function launchChromium() {
  return chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
}
