import { sha256Hex } from '../lib/sha256';

/**
 * A local report's id names its place and year, so that a link made with it can say, on a machine
 * without it, which report is missing. A department's report adds a hash of the body's name: two
 * departments of one place report the same year.
 */
export async function localReportIdOf(jurisdictionId: string, year: number, body: string, bodyLevel: string): Promise<string> {
  const base = `${jurisdictionId}-${year}`;
  return bodyLevel === 'government' ? base : `${base}-dept-${(await sha256Hex(body)).slice(0, 8)}`;
}

const localReportId = /^([a-z0-9]+(?:-[a-z0-9]+)*?)-(\d{4})(?:-dept-[0-9a-f]{8})?$/;

/** The place and year a local report's id names, or null for an id of another shape. */
export function placeAndYearOf(reportId: string): { jurisdictionId: string; year: number } | null {
  const match = localReportId.exec(reportId);
  return match ? { jurisdictionId: match[1], year: Number(match[2]) } : null;
}
