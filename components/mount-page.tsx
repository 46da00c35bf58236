import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

/** Renders an extension page's app into the page's #root element. */
export function mountPage(page: string, app: ReactNode): void {
  const root = document.getElementById('root');
  if (!root) throw new Error(`${page} lost its #root element.`);
  createRoot(root).render(<StrictMode>{app}</StrictMode>);
}
