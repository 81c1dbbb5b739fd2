import { lex, type Token } from './console-lexer';

/**
 * What the SQL console lets through: one SELECT, WITH, DESCRIBE or SUMMARIZE over the loaded tables,
 * nothing that writes, changes a setting, or reads a file or URL. Pure; the engine's own locks
 * (enable_external_access = false, lock_configuration = true) stay behind it as a second wall.
 */
export const allowedStatements = ['select', 'with', 'describe', 'summarize'] as const;

/** Words that start or smuggle in a statement the console never runs, refused wherever they stand outside strings and comments. */
export const refusedKeywords = [
  'copy', 'attach', 'detach', 'install', 'load', 'create', 'insert', 'update', 'delete', 'drop', 'alter', 'pragma', 'set',
  'reset', 'call', 'export', 'import', 'checkpoint', 'vacuum', 'truncate', 'merge', 'use',
] as const;

/** Functions that read files, URLs, other databases or the environment, or run SQL given as a string. */
const refusedFunctions = new Set(['glob', 'sniff_csv', 'getenv', 'query', 'query_table', 'st_read', 'load_extension', 'parquet_scan']);
const refusedFunctionPrefixes = ['read_', 'parquet_', 'iceberg_', 'delta_', 'sqlite_', 'postgres_', 'mysql_', 'json_execute', 'duckdb_secrets'];

/** A string naming a place outside the page: any `scheme://` or `file:`. */
const urlLike = /[a-z][a-z0-9+.-]*:\/\/|file:/i;
/** A name DuckDB would read as a file when it stands as a table (a replacement scan). */
const fileLike = /\.(csv|tsv|txt|parquet|json|jsonl|ndjson|arrow|ipc|feather|xlsx|db|duckdb|sqlite|gz|zst)$|[/\\:]/i;
/** Where a quoted name or string is read as a table. */
const tablePositions = new Set(['from', 'join', 'describe', 'summarize', 'table']);

export type Refusal =
  | { kind: 'empty' }
  | { kind: 'control' }
  | { kind: 'unterminated'; what: 'string' | 'identifier' | 'comment' }
  | { kind: 'multiple' }
  | { kind: 'statement'; word: string }
  | { kind: 'keyword'; word: string }
  | { kind: 'function'; word: string }
  | { kind: 'url'; word: string }
  | { kind: 'file_table'; word: string }
  | { kind: 'unicode_escape' };

export type Guarded = { ok: true; sql: string } | { ok: false; refusal: Refusal };

const isRefusedFunction = (name: string) => refusedFunctions.has(name) || refusedFunctionPrefixes.some((prefix) => name.startsWith(prefix));
const keywords = new Set<string>(refusedKeywords);
const nameOf = (token: Token) => (token.kind === 'quoted' ? token.text.toLowerCase() : token.text);

/** The first reason to refuse one token, given the token before it (comments already gone). */
function refusalAt(token: Token, previous: Token | undefined, next: Token | undefined): Refusal | null {
  if (token.kind === 'word' && keywords.has(token.text)) return { kind: 'keyword', word: token.text.toUpperCase() };
  if (token.kind === 'word' && token.text === 'u' && next?.kind === 'punct' && next.text === '&') return { kind: 'unicode_escape' };
  if ((token.kind === 'word' || token.kind === 'quoted') && isRefusedFunction(nameOf(token))) return { kind: 'function', word: nameOf(token) };
  if (token.kind === 'string' && urlLike.test(token.text)) return { kind: 'url', word: token.text };
  const asTable = previous?.kind === 'word' && tablePositions.has(previous.text);
  const afterComma = previous?.kind === 'punct' && previous.text === ',';
  if (token.kind === 'string' && (asTable || (afterComma && fileLike.test(token.text)))) return { kind: 'file_table', word: token.text };
  if (token.kind === 'quoted' && fileLike.test(token.text) && (asTable || afterComma)) return { kind: 'file_table', word: token.text };
  return null;
}

/** Let one statement through, without its trailing semicolons, or say why not. */
export function guardConsoleSql(text: string): Guarded {
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text)) return { ok: false, refusal: { kind: 'control' } };
  const lexed = lex(text);
  if ('unterminated' in lexed) return { ok: false, refusal: { kind: 'unterminated', what: lexed.unterminated } };
  const { tokens } = lexed;
  const end = tokens.findIndex((t) => t.kind === 'punct' && t.text === ';');
  const statement = end === -1 ? tokens : tokens.slice(0, end);
  if (statement.length === 0) return { ok: false, refusal: { kind: 'empty' } };
  if (tokens.slice(end === -1 ? tokens.length : end).some((t) => !(t.kind === 'punct' && t.text === ';'))) return { ok: false, refusal: { kind: 'multiple' } };
  for (const [i, token] of tokens.entries()) {
    const refusal = refusalAt(token, tokens[i - 1], tokens[i + 1]);
    if (refusal) return { ok: false, refusal };
  }
  const first = statement[0];
  if (first.kind !== 'word' || !(allowedStatements as readonly string[]).includes(first.text)) return { ok: false, refusal: { kind: 'statement', word: first.text } };
  return { ok: true, sql: end === -1 ? text : text.slice(0, tokens[end].at) };
}

type Words = { zh: string; en: string };
const allowedList = 'SELECT / WITH / DESCRIBE / SUMMARIZE';
const shown = (word: string) => (word.length > 60 ? `${word.slice(0, 57)}…` : word);

/** Why the console refused, in both languages, naming what it refused. */
export function refusalMessage(refusal: Refusal): Words {
  switch (refusal.kind) {
    case 'empty':
      return { zh: '没有可运行的语句。', en: 'There is no statement to run.' };
    case 'control':
      return { zh: '查询中含有控制字符，已拒绝。', en: 'The query holds control characters: refused.' };
    case 'unterminated':
      return {
        zh: `查询中有未闭合的${{ string: '字符串', identifier: '带引号的名称', comment: '注释' }[refusal.what]}。`,
        en: `The query has an unterminated ${{ string: 'string', identifier: 'quoted name', comment: 'comment' }[refusal.what]}.`,
      };
    case 'multiple':
      return { zh: '一次只能运行一条语句（末尾的分号可以保留）。', en: 'Only one statement at a time (a trailing semicolon is fine).' };
    case 'statement':
      return { zh: `只读控制台只运行 ${allowedList} 语句，不运行以 “${shown(refusal.word)}” 开头的语句。`, en: `The read-only console runs only ${allowedList}, not a statement starting with “${shown(refusal.word)}”.` };
    case 'keyword':
      return { zh: `已拒绝：控制台是只读的，不接受 ${refusal.word}。`, en: `Refused: the console is read-only and does not accept ${refusal.word}.` };
    case 'function':
      return { zh: `已拒绝：${refusal.word} 会读取文件、网址或环境，控制台只查询已载入的表。`, en: `Refused: ${refusal.word} reads files, URLs or the environment; the console queries only the loaded tables.` };
    case 'url':
      return { zh: `已拒绝：字符串 '${shown(refusal.word)}' 指向文件或网址。`, en: `Refused: the string '${shown(refusal.word)}' names a file or URL.` };
    case 'file_table':
      return { zh: `已拒绝：'${shown(refusal.word)}' 被当作表读取，控制台只查询已载入的表。`, en: `Refused: '${shown(refusal.word)}' would be read as a table from a file; the console queries only the loaded tables.` };
    case 'unicode_escape':
      return { zh: '已拒绝：控制台不接受 U& 转义的名称或字符串。', en: 'Refused: the console does not accept U& escaped names or strings.' };
  }
}
