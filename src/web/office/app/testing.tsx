import { createMemoryHistory, RouterContextProvider } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { Me } from './api-types';
import { I18nProvider } from './i18n-context';
import { createOfficeRouter } from './route-tree';
import { SignedInSession } from './session';

/**
 * Wraps a part of the office for a component test: the texts, a router on a memory history (links render) and, given
 * `me`, a session signed in as that user (for pages that read its rights).
 */
export function TestApp({ children, at = '/office', me }: { children: ReactNode; at?: string; me?: Me }) {
  const router = createOfficeRouter(createMemoryHistory({ initialEntries: [at] }));
  const routed = <RouterContextProvider router={router}>{children}</RouterContextProvider>;
  return <I18nProvider>{me ? <SignedInSession me={me}>{routed}</SignedInSession> : routed}</I18nProvider>;
}

/** A signed-in user for TestApp, with the given abilities (and none other). */
export function testUser(abilities: string[], displayName = 'Nguyễn Thị Thử'): Me {
  return {
    user: { id: '0f0f0f0f-0000-4000-8000-000000000000', username: 'thu.nghiem', displayName, email: null, mustChangePassword: false },
    roles: [],
    abilities: Object.fromEntries(abilities.map((a) => [a, true])),
    csrfToken: 'test-csrf-token',
  } as Me;
}
