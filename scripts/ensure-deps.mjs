// Install npm dependencies when they are missing or older than package-lock.json, so the README's
// two commands work on a fresh clone. Uses only Node built-ins (it runs before anything is installed).
import { existsSync, statSync } from 'node:fs';
import { execSync } from 'node:child_process';

const lock = 'package-lock.json';
const marker = 'node_modules/.package-lock.json';
const stale = !existsSync(marker) || (existsSync(lock) && statSync(lock).mtimeMs > statSync(marker).mtimeMs + 1000);
if (stale) {
  // `npm install`, not `npm ci`: npm 11 leaves rollup's per-platform optional packages out of
  // the lock file and then `npm ci` refuses that same lock file as "out of sync". With a lock
  // present, `npm install` installs exactly the locked versions and leaves the lock unchanged.
  console.log('Installing dependencies (npm install from package-lock.json)…');
  execSync('npm install --no-audit --no-fund', { stdio: 'inherit' });
}
