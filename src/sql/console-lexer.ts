/**
 * The SQL console's text as DuckDB's parser would see it, reduced to what a guard needs: words,
 * quoted identifiers, string literals and punctuation, with every comment dropped. No I/O.
 */
export type Token =
  | { kind: 'word'; text: string; at: number }
  | { kind: 'quoted'; text: string; at: number }
  | { kind: 'string'; text: string; at: number }
  | { kind: 'punct'; text: string; at: number };

export type Lexed = { tokens: Token[] } | { unterminated: 'string' | 'identifier' | 'comment' };

const wordStart = /[A-Za-z_\u0080-\uffff]/;
const wordPart = /[A-Za-z0-9_$\u0080-\uffff]/;

/** ASCII-only lowering: DuckDB folds keywords that way, so `İ` or `ſ` never become a keyword here either. */
export const asciiLower = (text: string) => text.replace(/[A-Z]/g, (c) => c.toLowerCase());

/** The end of a quoted run opened at `start` by `quote`, where a doubled quote stands for one; -1 when unterminated. */
function closingQuote(text: string, start: number, quote: string, backslashEscapes: boolean): number {
  for (let i = start + 1; i < text.length; i++) {
    if (backslashEscapes && text[i] === '\\') i++;
    else if (text[i] === quote) {
      if (text[i + 1] !== quote) return i;
      i++;
    }
  }
  return -1;
}

/** Block comments nest in DuckDB (as in PostgreSQL): `/* a /* b *\/ still comment *\/`. */
function blockCommentEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length - 1; i++) {
    if (text[i] === '/' && text[i + 1] === '*') (depth += 1), i++;
    else if (text[i] === '*' && text[i + 1] === '/') {
      depth -= 1;
      i++;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

const dollarTag = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/;

export function lex(text: string): Lexed {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    if (/\s/.test(c)) i++;
    else if (c === '-' && next === '-') {
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end + 1;
    } else if (c === '/' && next === '*') {
      const end = blockCommentEnd(text, i);
      if (end === -1) return { unterminated: 'comment' };
      // A comment separates tokens, as whitespace does.
      i = end;
    } else if (c === "'" || ((c === 'e' || c === 'E') && next === "'")) {
      const open = c === "'" ? i : i + 1;
      const end = closingQuote(text, open, "'", open !== i);
      if (end === -1) return { unterminated: 'string' };
      tokens.push({ kind: 'string', text: text.slice(open + 1, end).replaceAll("''", "'"), at: i });
      i = end + 1;
    } else if (c === '"') {
      const end = closingQuote(text, i, '"', false);
      if (end === -1) return { unterminated: 'identifier' };
      tokens.push({ kind: 'quoted', text: text.slice(i + 1, end).replaceAll('""', '"'), at: i });
      i = end + 1;
    } else if (c === '$' && dollarTag.test(text.slice(i))) {
      const tag = dollarTag.exec(text.slice(i))![0];
      const end = text.indexOf(tag, i + tag.length);
      if (end === -1) return { unterminated: 'string' };
      tokens.push({ kind: 'string', text: text.slice(i + tag.length, end), at: i });
      i = end + tag.length;
    } else if (wordStart.test(c)) {
      let end = i + 1;
      while (end < text.length && wordPart.test(text[end])) end++;
      tokens.push({ kind: 'word', text: asciiLower(text.slice(i, end)), at: i });
      i = end;
    } else {
      tokens.push({ kind: 'punct', text: c, at: i });
      i++;
    }
  }
  return { tokens };
}
