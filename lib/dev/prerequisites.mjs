// What npm test needs from the machine: a Chromium for Playwright and a Java runtime for the HTML validator.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

export function ensureChromium() {
  if (existsSync('/usr/bin/chromium')) return true;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (isRoot && hasApt) {
    console.log('conforme: installing Debian’s chromium for the browser tests…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    const install = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env,
    });
    if (install.status === 0 && existsSync('/usr/bin/chromium')) return true;
  }
  // Elsewhere Playwright's own browser works if it was installed with `npx playwright install chromium`.
  console.warn(
    'conforme: /usr/bin/chromium is missing and could not be installed here.\n' +
      '  Install it (Debian/Ubuntu, as root): apt-get install -y chromium\n' +
      '  or let Playwright download its browser: npx playwright install chromium',
  );
  return false;
}

/** The HTML validator test runs vnu-jar on Java: install Debian's headless JRE when missing and possible. */
export function ensureJava() {
  if (spawnSync('sh', ['-c', 'command -v java'], { stdio: 'ignore' }).status === 0) return true;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0) {
    console.log('conforme: installing a Java runtime for the HTML validator test…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    if (
      spawnSync('apt-get', ['install', '-y', '-qq', 'default-jre-headless'], {
        stdio: 'inherit',
        env,
      }).status === 0
    )
      return true;
  }
  console.warn(
    'conforme: Java is missing: install a Java runtime (apt-get install default-jre-headless) for the HTML validator test.',
  );
  return false;
}
