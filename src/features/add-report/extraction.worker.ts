import catalogFile from '../../../data/indicators.json';
import rulesFile from '../../../data/rules.json';
import { categorySchema, indicatorSchema } from '../../domain/catalog';
import { rulesFileSchema } from '../../domain/rules';
import { extractLocalReport } from '../../intake/local-extraction';
import type { ExtractionMessage, ExtractionRequest } from './extraction-protocol';

// The same catalog and rules files `npm run extract` reads, bundled into this worker's chunk only.
const base = {
  categories: categorySchema.array().parse(catalogFile.categories),
  indicators: indicatorSchema.array().parse(catalogFile.indicators),
  rules: rulesFileSchema.parse(rulesFile),
};

const post = (message: ExtractionMessage) => postMessage(message);

addEventListener('message', (event: MessageEvent<ExtractionRequest>) => {
  const { id, local } = event.data;
  post({ id, kind: 'progress', stage: local.curation.length > 0 ? 'reviewing' : 'extracting' });
  try {
    const { observations, mentions } = extractLocalReport(local, base);
    post({ id, kind: 'done', extraction: { observations, mentions: mentions.map(({ context: _, ...mention }) => mention) } });
  } catch (error) {
    post({ id, kind: 'failed', problem: (error as Error).message });
  }
});
