// Runs `npm ci` for dynalite unless node_modules already matches the lock file.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const lock = readFileSync('package-lock.json', 'utf8');
const stamp = 'node_modules/.installed-lock';
if (existsSync('node_modules/dynalite/cli.js') && existsSync(stamp) && readFileSync(stamp, 'utf8') === lock) {
  process.exit(0);
}
execSync('npm ci --no-audit --no-fund --loglevel=error', { stdio: 'inherit' });
writeFileSync(stamp, lock);
