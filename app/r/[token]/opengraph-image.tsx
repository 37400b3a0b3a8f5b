import { ImageResponse } from 'next/og';
import { ReviewCard } from '@/components/review/review-card';
import { REVIEW_STATUS } from '@/components/review/shared-review-summary';
import { sharedReview } from '@/lib/data';

export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';
export const alt = 'Legal review of a Conforme form';

/** The card a chat app unfurls for a share link; a revoked or unknown token gets a card that says so. */
export default async function Image({ params }: { params: Promise<{ token: string }> }) {
  const review = await sharedReview((await params).token);
  return new ImageResponse(
    <ReviewCard
      title={review?.title ?? 'Share link not found or revoked'}
      controller={review?.controller ?? ''}
      status={review ? REVIEW_STATUS[review.status] : 'Unavailable'}
      purposes={review?.purposes ?? 0}
      blocking={review?.blocking ?? 0}
      warnings={review?.warnings ?? 0}
    />,
    size,
  );
}
