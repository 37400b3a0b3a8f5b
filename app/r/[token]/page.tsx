import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { SharedReviewSummary } from '@/components/review/shared-review-summary';
import { sharedReview } from '@/lib/data';
import { publicUrlFromHeaders } from '@/lib/embed/public-url';

// Public through an unguessable, revocable token: no sign-in, no member, no lead (lib/data/shared-review.ts).
export async function generateMetadata({ params }: PageProps<'/r/[token]'>): Promise<Metadata> {
  const review = await sharedReview((await params).token);
  return {
    // The card's absolute address: the app's public one, not Next's localhost default.
    metadataBase: new URL(publicUrlFromHeaders(await headers())),
    title: review ? `Legal review: ${review.title}` : 'Share link not found',
    robots: { index: false, follow: false },
    referrer: 'no-referrer',
  };
}

export default async function SharedReviewPage({ params }: PageProps<'/r/[token]'>) {
  const review = await sharedReview((await params).token);
  if (!review) notFound();
  return (
    <main className="container narrow" id="main">
      <SharedReviewSummary review={review} />
    </main>
  );
}
