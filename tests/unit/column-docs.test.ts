import { describe, expect, it } from 'vitest';
import { columnDocs } from '../../src/domain/column-docs';
import { publishedTables } from '../../src/domain/tables';

describe('column docs', () => {
  it('comment every published column in zh and en, and nothing else', () => {
    expect(Object.keys(columnDocs).sort()).toEqual(publishedTables.map((t) => t.name).sort());
    for (const table of publishedTables) {
      const docs = columnDocs[table.name];
      expect(Object.keys(docs).sort(), table.name).toEqual(table.columns.map(([name]) => name).sort());
      for (const [column, doc] of Object.entries(docs)) {
        expect(doc.zh.trim(), `${table.name}.${column} zh`).not.toBe('');
        expect(doc.en.trim(), `${table.name}.${column} en`).not.toBe('');
      }
    }
  });
});
