import type { MDXComponents } from 'mdx/types';
import type { ComponentProps } from 'react';
import Link from 'next/link';

/** Guidance pages use the app's own typography; internal links go through next/link. */
export function useMDXComponents(components: MDXComponents): MDXComponents {
  return {
    a: ({ href = '', children }: ComponentProps<'a'>) =>
      href.startsWith('/') ? <Link href={href}>{children}</Link> : <a href={href}>{children}</a>,
    ...components,
  };
}
