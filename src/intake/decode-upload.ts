/** Why an uploaded file cannot be taken as a report text; `detail` is shown to the analyst as written. */
export interface UploadProblem {
  code: 'too_large' | 'empty' | 'binary' | 'not_text' | 'no_chinese';
  detail: string;
}

export interface DecodedUpload {
  text: string;
  encoding: 'utf-8' | 'gb18030';
}

/** A report is a few hundred kilobytes at most; far larger is another kind of file, and would stall the review. */
export const maxUploadBytes = 4 * 1024 * 1024;

const utf8Bom = [0xef, 0xbb, 0xbf];
const hasBom = (bytes: Uint8Array) => utf8Bom.every((b, i) => bytes[i] === b);

/** Control bytes other than tab, line feed and carriage return do not occur in a text file. */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control += 1;
  }
  return control > head.length / 100;
}

function decodeStrict(bytes: Uint8Array, encoding: DecodedUpload['encoding']): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

const hanCharacter = /\p{Script=Han}/u;

/**
 * A dropped or pasted report's text: UTF-8 when it decodes strictly as UTF-8, else GB18030 (which
 * covers GBK and GB2312). A UTF-8 byte-order mark is dropped so that quotes start where they are read.
 */
export function decodeUpload(bytes: Uint8Array): DecodedUpload | { problem: UploadProblem } {
  if (bytes.length > maxUploadBytes) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1);
    return { problem: { code: 'too_large', detail: `the file is ${mb} MB; a report text is at most ${maxUploadBytes / 1024 / 1024} MB` } };
  }
  const body = hasBom(bytes) ? bytes.subarray(utf8Bom.length) : bytes;
  if (body.length === 0) return { problem: { code: 'empty', detail: 'the file is empty' } };
  if (looksBinary(body)) return { problem: { code: 'binary', detail: 'a binary file, not a text: save the report as plain text (.txt)' } };
  for (const encoding of ['utf-8', 'gb18030'] as const) {
    const text = decodeStrict(body, encoding);
    if (text !== null) return checkText({ text, encoding });
  }
  return { problem: { code: 'not_text', detail: 'neither UTF-8 nor GB18030/GBK text' } };
}

/** A pasted text goes through the same checks as a file's. */
export function checkText<T extends { text: string }>(upload: T): T | { problem: UploadProblem } {
  if (upload.text.trim() === '') return { problem: { code: 'empty', detail: 'the text is empty' } };
  if (upload.text.includes('\u0000')) return { problem: { code: 'binary', detail: 'the text holds a NUL character' } };
  if (!hanCharacter.test(upload.text)) return { problem: { code: 'no_chinese', detail: 'the text holds no Chinese characters' } };
  return upload;
}
