import { queryOptions, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { databaseQueryOptions } from '../../app/database';
import { startEngine } from '../../app/engine';
import type { ConsoleResult } from '../../db/console-connection';
import { guardConsoleSql, refusalMessage } from '../../sql/console-guard';

// Here and not in app/database.ts, so that the default view's code does not carry it.
const consoleQueryOptions = queryOptions({
  queryKey: ['database', 'console'],
  queryFn: async ({ client }) => {
    await client.ensureQueryData(databaseQueryOptions);
    return (await startEngine()).console;
  },
  staleTime: Infinity,
  gcTime: Infinity,
  retry: false,
});

type Words = { zh: string; en: string };
export type ConsoleRun =
  | { status: 'idle' }
  | { status: 'running'; runId: number }
  | { status: 'done'; runId: number; result: ConsoleResult; sql: string }
  | { status: 'refused'; runId: number; message: Words }
  | { status: 'failed'; runId: number; message: string; ms: number }
  | { status: 'cancelled'; runId: number; ms: number };

const describe = (error: unknown) => String((error as Error)?.message ?? error);

/** Runs guarded text through the engine's console door, one run at a time; a new run or Cancel stops the one before. */
export function useSqlConsole() {
  const client = useQueryClient();
  const [run, setRun] = useState<ConsoleRun>({ status: 'idle' });
  const latest = useRef(0);
  const cancelled = useRef(new Set<number>());
  const busy = useRef(false);

  const cancel = useCallback(async () => {
    cancelled.current.add(latest.current);
    const door = await client.ensureQueryData(consoleQueryOptions).catch(() => null);
    await door?.cancel();
  }, [client]);

  const start = useCallback(async (text: string) => {
    // A run still going is stopped first: its answer would only be thrown away.
    if (busy.current) await cancel();
    const runId = (latest.current += 1);
    const guarded = guardConsoleSql(text);
    if (!guarded.ok) return setRun({ status: 'refused', runId, message: refusalMessage(guarded.refusal) });
    setRun({ status: 'running', runId });
    const door = await client.ensureQueryData(consoleQueryOptions).catch((error: unknown) => error as Error);
    if (door instanceof Error) return setRun({ status: 'failed', runId, message: describe(door), ms: 0 });
    if (runId !== latest.current) return;
    const started = performance.now();
    const finish = (next: ConsoleRun) => runId === latest.current && setRun(next);
    busy.current = true;
    try {
      // Cancelled while the engine was still starting.
      if (cancelled.current.has(runId)) throw new Error('cancelled');
      const result = await door.run(guarded.sql);
      finish({ status: 'done', runId, result, sql: guarded.sql });
    } catch (error) {
      const ms = performance.now() - started;
      finish(cancelled.current.has(runId) ? { status: 'cancelled', runId, ms } : { status: 'failed', runId, message: describe(error), ms });
    } finally {
      if (runId === latest.current) busy.current = false;
    }
  }, [client, cancel]);

  // Leaving the view stops its query.
  useEffect(() => () => void cancel(), [cancel]);
  return { run, start, cancel };
}
