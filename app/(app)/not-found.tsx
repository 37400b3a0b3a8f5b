import type { Metadata } from 'next';
import { NotFoundPanel } from '@/components/status/not-found-panel';

export const metadata: Metadata = { title: 'Page not found' };

/** notFound() in a signed-in page (a form of another workspace): inside the layout's own <main>. */
export default function NotFound() {
  return <NotFoundPanel />;
}
