import { readFileSync } from 'node:fs';

/** The derived-observations SQL the browser imports too: one file, read where the code lives. */
export const derivedObservationsSql = readFileSync(new URL('../../src/sql/derived-observations.sql', import.meta.url), 'utf8');
