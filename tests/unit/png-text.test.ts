import { crc32 } from 'node:zlib';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { addPngText, readPngText } from '../../src/charts/png-text';

const entries = {
  URL: 'http://localhost/?v=1&view=trend&j=harbin,xilingol',
  'Creation Time': '2026-11-23T10:00:00Z',
  Title: '调解成功率 2020–2022',
};

/** A real 4×3 RGBA image encoded by pngjs. */
function samplePng(): { png: Buffer; pixels: Buffer } {
  const image = new PNG({ width: 4, height: 3 });
  for (let i = 0; i < image.data.length; i++) image.data[i] = (i * 29 + 7) & 0xff;
  return { png: PNG.sync.write(image), pixels: Buffer.from(image.data) };
}

/** Chunks in file order, walked independently of the module under test. */
function walkChunks(png: Uint8Array): { type: string; crcMatches: boolean }[] {
  const bytes = Buffer.from(png);
  const chunks: { type: string; crcMatches: boolean }[] = [];
  for (let offset = 8; offset < bytes.length; offset += 12 + bytes.readUInt32BE(offset)) {
    const dataEnd = offset + 8 + bytes.readUInt32BE(offset);
    chunks.push({
      type: bytes.toString('latin1', offset + 4, offset + 8),
      crcMatches: crc32(bytes.subarray(offset + 4, dataEnd)) === bytes.readUInt32BE(dataEnd),
    });
  }
  return chunks;
}
const chunkTypes = (png: Uint8Array) => walkChunks(png).map((chunk) => chunk.type);

/** A tEXt chunk built by hand, with the CRC from Node's zlib. */
function textChunk(keyword: string, text: string): Buffer {
  const typeAndData = Buffer.concat([Buffer.from('tEXt', 'latin1'), Buffer.from(`${keyword}\0${text}`, 'latin1')]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(typeAndData.length - 4);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

describe('addPngText / readPngText', () => {
  it('round-trips keywords and UTF-8 text, Chinese included', () => {
    const { png } = samplePng();
    expect(readPngText(addPngText(png, entries))).toEqual(entries);
    expect(readPngText(png)).toEqual({});
  });

  it('keeps the PNG valid: pngjs decodes the same image and every CRC matches', () => {
    const { png, pixels } = samplePng();
    const withText = addPngText(png, entries);
    // pngjs skips unknown ancillary chunks (iTXt) without checking their CRC, so check them here.
    expect(walkChunks(withText).every((chunk) => chunk.crcMatches)).toBe(true);
    const decoded = PNG.sync.read(Buffer.from(withText));
    expect(decoded.width).toBe(4);
    expect(decoded.height).toBe(3);
    expect(Buffer.from(decoded.data).equals(pixels)).toBe(true);
  });

  it('puts the new chunks right after IHDR, before the original chunks', () => {
    const { png } = samplePng();
    const original = chunkTypes(png);
    expect(original[0]).toBe('IHDR');
    expect(chunkTypes(addPngText(png, entries))).toEqual(['IHDR', 'iTXt', 'iTXt', 'iTXt', ...original.slice(1)]);
  });

  it('accepts a plain Uint8Array at a non-zero offset and returns the input unchanged for no entries', () => {
    const { png } = samplePng();
    const padded = new Uint8Array(png.length + 5);
    padded.set(png, 5);
    const view = padded.subarray(5);
    expect(readPngText(addPngText(view, { Title: 'x' }))).toEqual({ Title: 'x' });
    expect(Buffer.from(addPngText(view, {})).equals(png)).toBe(true);
  });

  it('reads a tEXt chunk written by hand, in file order with iTXt chunks', () => {
    const { png } = samplePng();
    const ihdrEnd = 8 + 12 + png.readUInt32BE(8);
    const withText = Buffer.concat([
      png.subarray(0, ihdrEnd),
      textChunk('Software', 'Caf\xe9 chart'),
      png.subarray(ihdrEnd),
    ]);
    expect(PNG.sync.read(withText).width).toBe(4);
    const both = addPngText(withText, { URL: entries.URL });
    expect(readPngText(both)).toEqual({ URL: entries.URL, Software: 'Café chart' });
    expect(Object.keys(readPngText(both))).toEqual(['URL', 'Software']);
  });

  it('throws on bytes that are not a PNG', () => {
    const random = Uint8Array.from({ length: 64 }, (_, i) => (i * 151 + 89) & 0xff);
    expect(() => readPngText(random)).toThrow(/not a PNG/i);
    expect(() => addPngText(random, entries)).toThrow(/not a PNG/i);
    expect(() => readPngText(new Uint8Array())).toThrow(/not a PNG/i);
  });

  it('throws when the first chunk is not IHDR', () => {
    const { png } = samplePng();
    const ihdrEnd = 8 + 12 + png.readUInt32BE(8);
    const noIhdr = Buffer.concat([png.subarray(0, 8), png.subarray(ihdrEnd)]);
    expect(() => readPngText(noIhdr)).toThrow(/IHDR/);
  });

  it('throws on invalid keywords', () => {
    const { png } = samplePng();
    expect(() => addPngText(png, { '': 'x' })).toThrow(/keyword/);
    expect(() => addPngText(png, { ['k'.repeat(80)]: 'x' })).toThrow(/keyword/);
    expect(() => addPngText(png, { ' Title': 'x' })).toThrow(/keyword/);
    expect(() => addPngText(png, { 'Title ': 'x' })).toThrow(/keyword/);
    expect(() => addPngText(png, { 'Creation  Time': 'x' })).toThrow(/keyword/);
    expect(() => addPngText(png, { 标题: 'x' })).toThrow(/keyword/);
    expect(() => addPngText(png, { 'a\nb': 'x' })).toThrow(/keyword/);
    const longest = 'k'.repeat(79);
    expect(readPngText(addPngText(png, { [longest]: 'x' }))).toEqual({ [longest]: 'x' });
  });
});
