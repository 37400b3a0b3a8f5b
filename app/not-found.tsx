import type { Metadata } from 'next';
import { NotFoundPanel } from '@/components/status/not-found-panel';

export const metadata: Metadata = { title: 'Page not found' };

/** Addresses nothing matches: rendered in the root layout alone, so it holds the page's <main>. */
export default function NotFound() {
  return (
    <main className="container" id="main">
      <NotFoundPanel />
    </main>
  );
}
