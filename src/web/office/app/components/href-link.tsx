import type { ComponentProps } from 'react';
import { BASE, HrefAnchor } from '../router';

/** Tells whether an address is a page of the back office (possibly with a "#fragment"). */
export function isOfficeHref(href: string): boolean {
  return href === BASE || href.startsWith(`${BASE}/`) || href.startsWith(`${BASE}#`) || href.startsWith(`${BASE}?`);
}

/** Props of {@link HrefLink}. */
export type HrefLinkProps = Omit<ComponentProps<'a'>, 'href'> & { href: string };

/**
 * A link to an address sent by the server: pages of the back office (with or without a "#fragment") open
 * inside the app; anything else (API lists, files) is a plain link.
 */
export function HrefLink({ href, ...rest }: HrefLinkProps) {
  return isOfficeHref(href) ? <HrefAnchor {...rest} href={href} /> : <a {...rest} href={href} />;
}
