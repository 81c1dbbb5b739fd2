// Text metadata (tEXt / iTXt chunks) in PNG files, so an exported chart
// image carries where it came from. No imports: runs in the browser and in Node.

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

interface Chunk {
  type: string;
  /** Offset just past the chunk's CRC. */
  end: number;
  data: Uint8Array;
}

/** Insert one iTXt chunk per entry (keyword → UTF-8 text) right after the IHDR chunk. */
export function addPngText(png: Uint8Array, entries: Record<string, string>): Uint8Array {
  const ihdr = readChunks(png)[0];
  const utf8 = new TextEncoder();
  // After the keyword's null: compression flag 0, method 0, empty language tag and translated keyword.
  const header = new Uint8Array([0, 0, 0, 0]);
  // Encode every chunk before building the output, so a bad keyword throws early.
  const added = Object.entries(entries).map(([keyword, text]) =>
    encodeChunk('iTXt', concat([latin1Keyword(keyword), header, utf8.encode(text)])),
  );
  return concat([png.subarray(0, ihdr.end), ...added, png.subarray(ihdr.end)]);
}

/** Every tEXt and iTXt chunk's keyword and text (uncompressed iTXt only), in file order. */
export function readPngText(png: Uint8Array): Record<string, string> {
  const result: Record<string, string> = {};
  const utf8 = new TextDecoder('utf-8');
  for (const { type, data } of readChunks(png)) {
    if (type !== 'tEXt' && type !== 'iTXt') continue;
    const keywordEnd = data.indexOf(0);
    if (keywordEnd < 0) continue;
    const keyword = latin1(data.subarray(0, keywordEnd));
    if (type === 'tEXt') {
      result[keyword] = latin1(data.subarray(keywordEnd + 1));
      continue;
    }
    // iTXt: keyword \0 flag method language \0 translated-keyword \0 text
    if (data[keywordEnd + 1] !== 0) continue;
    const languageEnd = data.indexOf(0, keywordEnd + 3);
    const translatedEnd = languageEnd < 0 ? -1 : data.indexOf(0, languageEnd + 1);
    if (translatedEnd < 0) continue;
    result[keyword] = utf8.decode(data.subarray(translatedEnd + 1));
  }
  return result;
}

/** Walk the chunks from the signature to IEND (or the end of the bytes). */
function readChunks(png: Uint8Array): Chunk[] {
  if (png.length < 8 || SIGNATURE.some((byte, i) => png[i] !== byte)) {
    throw new Error('Not a PNG file: missing the 8-byte PNG signature');
  }
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: Chunk[] = [];
  let offset = 8;
  while (offset < png.length) {
    if (offset + 12 > png.length) throw new Error(`Truncated PNG: incomplete chunk header at byte ${offset}`);
    const length = view.getUint32(offset);
    const end = offset + 12 + length;
    if (end > png.length) throw new Error(`Truncated PNG: chunk at byte ${offset} runs past the end of the file`);
    const type = latin1(png.subarray(offset + 4, offset + 8));
    if (chunks.length === 0 && type !== 'IHDR') throw new Error('Invalid PNG: the first chunk is not IHDR');
    chunks.push({ type, end, data: png.subarray(offset + 8, offset + 8 + length) });
    offset = end;
    if (type === 'IEND') break;
  }
  if (chunks.length === 0) throw new Error('Invalid PNG: no IHDR chunk after the signature');
  return chunks;
}

/** Length (big-endian) + type + data + CRC-32 over type and data. */
function encodeChunk(type: string, data: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(12 + data.length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) bytes[4 + i] = type.charCodeAt(i);
  bytes.set(data, 8);
  view.setUint32(8 + data.length, crc32(bytes.subarray(4, 8 + data.length)));
  return bytes;
}

/** The keyword as Latin-1 bytes plus its null separator, after the PNG spec's checks. */
function latin1Keyword(keyword: string): Uint8Array {
  const printable = /^[\x20-\x7e\xa1-\xff]{1,79}$/;
  if (!printable.test(keyword) || /^ | $| {2}/.test(keyword)) {
    throw new Error(
      `Invalid PNG text keyword ${JSON.stringify(keyword)}: ` +
        'it must be 1–79 printable Latin-1 characters without leading, trailing or double spaces',
    );
  }
  const bytes = new Uint8Array(keyword.length + 1);
  for (let i = 0; i < keyword.length; i++) bytes[i] = keyword.charCodeAt(i);
  return bytes;
}

let crcTable: Uint32Array | undefined;

function crc32(bytes: Uint8Array): number {
  crcTable ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c;
  });
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

// TextDecoder('latin1') is really windows-1252, so map bytes to code points directly.
function latin1(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
