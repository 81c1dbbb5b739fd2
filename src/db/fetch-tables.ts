import { appTables, type AppTable } from '../sql/setup';

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

async function fetchTable(table: AppTable): Promise<[AppTable, Uint8Array]> {
  const response = await fetchSiteFile(`data/${table}.arrow`);
  return [table, new Uint8Array(await response.arrayBuffer())];
}

/** Started before React renders, so the data downloads while the engine boots. */
export async function fetchTables(): Promise<Map<AppTable, Uint8Array>> {
  return new Map(await Promise.all(appTables.map(fetchTable)));
}
