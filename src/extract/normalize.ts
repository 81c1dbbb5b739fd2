import * as OpenCC from 'opencc-js/t2cn';

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

const multipliers: Record<string, string> = { 萬: '万', 億: '亿' };

/**
 * Full-width ASCII (U+FF01–FF5E) and the ideographic space fold to ASCII, and the traditional
 * multipliers 萬 億 to 万 亿 whatever the report's script (2.36萬 in a simplified text), one code unit each.
 */
function foldWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000萬億]/g, (c) =>
    multipliers[c] ?? (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)),
  );
}

/**
 * Text for matching only: same length as the stored text, so every offset found in it points
 * at the same characters of the original. Phrase-level conversion may change length; when it
 * does, characters are converted one by one instead.
 */
export function toMatchText(text: string, script: 'simplified' | 'traditional'): string {
  const folded = foldWidth(text);
  if (script === 'simplified') return folded;
  const converted = toSimplified(folded);
  if (converted.length === folded.length) return converted;
  return Array.from(folded, (c) => {
    const s = toSimplified(c);
    return s.length === c.length ? s : c;
  }).join('');
}
