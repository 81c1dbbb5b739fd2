import { manifestSchema, type Manifest } from '../domain/manifest';
import { sha256Hex } from '../lib/sha256';
import { manifestFile, type AppTable } from '../sql/setup';

export class DataFileError extends Error {
  constructor(readonly file: string, detail: string) {
    super(`${file}: ${detail}`);
    this.name = 'DataFileError';
  }
}

/** A file of the site (path relative to its root); a failed request names the file. */
export async function fetchSiteFile(file: string): Promise<Response> {
  const response = await fetch(`${import.meta.env.BASE_URL}${file}`);
  if (!response.ok) throw new DataFileError(file, `HTTP ${response.status}`);
  return response;
}

/** A file the manifest lists, refused unless it has the bytes the manifest says. */
async function fetchListed(entry: { file: string; bytes: number; sha256: string }): Promise<Uint8Array> {
  const path = `data/${entry.file}`;
  const bytes = new Uint8Array(await (await fetchSiteFile(path)).arrayBuffer());
  if (bytes.length !== entry.bytes || (await sha256Hex(bytes)) !== entry.sha256) throw new DataFileError(path, 'not the file the manifest lists (size or SHA-256 differ)');
  return bytes;
}

export interface PublishedData {
  manifest: Manifest;
  tables: Map<AppTable, Uint8Array>;
}

/** Started before React renders, so that the data downloads while the engine boots: the manifest, then the small tables. */
export async function fetchTables(): Promise<PublishedData> {
  const file = `data/${manifestFile}`;
  const parsed = manifestSchema.safeParse(await (await fetchSiteFile(file)).json().catch(() => null));
  if (!parsed.success) throw new DataFileError(file, 'not a manifest this app can read');
  const manifest = parsed.data;
  return { manifest, tables: new Map(await Promise.all(manifest.tables.map(async (t) => [t.table, await fetchListed(t)] as const))) };
}

/** One derivation family's observations, or an extra table, the first time a view reads them. */
export const fetchPartition = (entry: Manifest['partitions'][number] | Manifest['extras'][number]): Promise<Uint8Array> => fetchListed(entry);
