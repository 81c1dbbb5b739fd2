import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { install as installSvgRenderer } from 'echarts/lib/renderer/installSVGRenderer.js';
import { renderToString } from 'react-dom/server';
import { echarts } from '../charts/echarts';
import { App } from './App';

echarts.use([installSvgRenderer]);

/** The default view as HTML, rendered at build time (scripts/prerender-index.ts) and hydrated in the browser. */
export function renderDefaultView(): string {
  return renderToString(
    <QueryClientProvider client={new QueryClient()}>
      <App />
    </QueryClientProvider>,
  );
}
