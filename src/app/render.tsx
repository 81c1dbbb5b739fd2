import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App';
import { databaseQueryOptions } from './database';
import { opensOnDefaultView } from './engine';
import { keepPrerenderedChart } from './prerendered';
import './app.css';

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } });
void queryClient.prefetchQuery(databaseQueryOptions);

/** Renders into #root, which the caller has waited for: the entry may run before the parser is done. */
export function renderApp(): void {
  const root = document.getElementById('root')!;
  const app = (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>
  );
  // The page ships the default view prerendered; any other view is rendered afresh.
  if (opensOnDefaultView() && root.hasChildNodes()) {
    keepPrerenderedChart(root);
    hydrateRoot(root, app);
  } else {
    root.removeAttribute('data-prerendered');
    root.replaceChildren();
    createRoot(root).render(app);
  }
}
