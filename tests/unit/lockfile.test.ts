import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { withPlatformStubs } from '../../scripts/lock-platforms';
import { projectRoot } from '../helpers/sources';

it('package-lock.json lists every optional platform package, so that npm ci accepts it (npm run lock:platforms)', () => {
  const lock = JSON.parse(readFileSync(join(projectRoot, 'package-lock.json'), 'utf8'));
  expect(Object.keys(lock.packages)).toEqual(Object.keys(withPlatformStubs(lock.packages)));
});
