/**
 * Whether this build is `npm run build:national`, on the synthetic corpus: every page and export
 * says so. Vite sets the mode at build time; in Node (tests, the pipeline) it is the real data.
 */
export const syntheticBuild = import.meta.env?.MODE === 'national';

/** In both languages whatever the page's, as the issue that asked for it wrote it. */
export const syntheticDataNotice = '合成数据，仅供测试规模 / synthetic data, for scale testing';
