import type { MDXComponents } from 'mdx/types';
import Link from 'next/link';

/** Guidance pages use the app's own typography; internal links go through next/link. */
export function useMDXComponents(components: MDXComponents): MDXComponents {
  return {
    a: ({ href = '', children }) => (href.startsWith('/') ? <Link href={href}>{children}</Link> : <a href={href}>{children}</a>),
    ...components,
  };
}
