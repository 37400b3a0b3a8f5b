import type { ReactNode } from 'react';
import { requireAccess } from '@/lib/auth/access';

export default async function GuidanceLayout({ children }: { children: ReactNode }) {
  await requireAccess('account');
  return <article className="guidance">{children}</article>;
}
