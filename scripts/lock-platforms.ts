import { readFileSync, writeFileSync } from 'node:fs';

/**
 * The registry this project installs from serves only the platform binaries it needs (here
 * linux-x64), so `npm install` leaves the other optional platform packages out of the lock file
 * and `npm ci` then refuses it as out of sync. This adds a stub entry, with the os and cpu the
 * package's name gives, for each missing one: npm ci skips them by platform and never fetches them.
 * Run it after any `npm install`: `npm run lock:platforms`.
 */
type LockEntry = { version?: string; optional?: boolean; os?: string[]; cpu?: string[]; libc?: string[]; optionalDependencies?: Record<string, string> };

const platformName = /-(darwin|linux|win32)-(x64|arm64)(-musl)?$/;

export function withPlatformStubs(packages: Record<string, LockEntry>): Record<string, LockEntry> {
  const result = { ...packages };
  for (const entry of Object.values(packages)) {
    for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
      const key = `node_modules/${name}`;
      const platform = platformName.exec(name);
      if (result[key] || !platform) continue;
      const [, os, cpu, musl] = platform;
      result[key] = { version, cpu: [cpu], optional: true, os: [os], ...(os === 'linux' ? { libc: [musl ? 'musl' : 'glibc'] } : {}) };
    }
  }
  return Object.fromEntries(Object.entries(result).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
  lock.packages = withPlatformStubs(lock.packages);
  writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
}
