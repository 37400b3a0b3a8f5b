import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Debian's Chromium where present, Playwright's own otherwise; the flags this machine's closed network needs. */
export function launchChromium() {
  return chromium.launch({
    executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
