import { notFound } from 'next/navigation';
import { ImageResponse } from 'next/og';
import { ReviewCard } from '@/components/review/review-card';
import { requireAccess } from '@/lib/auth/access';
import { lint, summarize } from '@/lib/compliance';
import { dataFor } from '@/lib/data';

export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';
export const alt = 'Legal review of a Conforme form';

const STATUS: Record<string, string> = {
  pending: 'In review',
  approved: 'Approved',
  changes_requested: 'Changes requested',
};

export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireAccess('forms:read');
  const { id } = await params;
  const scoped = await (await dataFor(actor)).form(id);
  if (!scoped) notFound();
  const [form, review] = await Promise.all([scoped.get(), scoped.reviews.latest()]);
  const def = review?.definition ?? form?.definition;
  const counts = def ? summarize(lint(def)) : { blocking: 0, warning: 0, info: 0 };
  return new ImageResponse(
    <ReviewCard
      title={form?.title ?? 'Form not found'}
      controller={def?.controller.name ?? ''}
      status={review ? (STATUS[review.status] ?? review.status) : 'Not submitted'}
      purposes={def?.purposes.length ?? 0}
      blocking={counts.blocking}
      warnings={counts.warning}
    />,
    size,
  );
}
