declare const __DATA_VERSION__: { date: string; hash: string };

/** The published tables' version, set at build time (vite.config.ts): the date they last changed and a hash of their manifest. */
export const dataVersion = __DATA_VERSION__;
