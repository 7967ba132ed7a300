import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError, isAbort, setCsrfToken, setUnauthorizedHandler } from './api';
import { sessionApi } from './session-api';
import type { Ability, Me } from './api-types';
import type { MessageKey } from './i18n';
import { navigate, paths } from './router';

/** Where the session probe stands. */
export type SessionState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'anonymous' }
  | { status: 'signedIn'; me: Me };

/** A one-off message carried to the next page (e.g. "session expired" on the sign-in page). */
export interface Flash {
  variant: 'warning' | 'success' | 'info';
  key: MessageKey;
}

interface SessionValue {
  state: SessionState;
  flash: Flash | null;
  setFlash: (flash: Flash | null) => void;
  signedIn: (me: Me) => void;
  signOut: () => Promise<void>;
  /** Re-reads the session (after a password change, for instance). */
  refresh: () => Promise<void>;
  retry: () => void;
}

const SessionContext = createContext<SessionValue | null>(null);

/** Holds the signed-in user, probes the session on start and reacts to expired sessions. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const [flash, setFlash] = useState<Flash | null>(null);
  const [attempt, setAttempt] = useState(0);

  const signedIn = useCallback((me: Me) => {
    setCsrfToken(me.csrfToken);
    setState({ status: 'signedIn', me });
  }, []);

  const signedOut = useCallback(() => {
    setCsrfToken(null);
    // what one person loaded is never shown to the next one on this browser (the cache exists once signed in)
    void import('./query').then(({ queryClient }) => queryClient.clear());
    setState({ status: 'anonymous' });
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    sessionApi.probe(controller.signal).then(signedIn, (error: unknown) => {
      if (isAbort(error)) return;
      if (error instanceof ApiError && error.status === 401) signedOut();
      else setState({ status: 'error', error });
    });
    return () => controller.abort();
  }, [attempt, signedIn, signedOut]);

  useEffect(() => {
    setUnauthorizedHandler(() => {
      signedOut();
      setFlash({ variant: 'warning', key: 'session.expired' });
      navigate(paths.signIn);
    });
    return () => setUnauthorizedHandler(null);
  }, [signedOut]);

  const signOut = useCallback(async () => {
    try {
      await sessionApi.signOut();
    } catch {
      // The session is dropped locally whatever the server answered.
    }
    signedOut();
    setFlash({ variant: 'success', key: 'session.signedOut' });
    navigate(paths.signIn);
  }, [signedOut]);

  const refresh = useCallback(async () => {
    try {
      signedIn(await sessionApi.probe());
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) signedOut();
    }
  }, [signedIn, signedOut]);

  const value = useMemo<SessionValue>(
    () => ({ state, flash, setFlash, signedIn, signOut, refresh, retry: () => setAttempt((n) => n + 1) }),
    [state, flash, signedIn, signOut, refresh],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/**
 * A session already signed in as `me`, without probing the server: for rendering a page that reads the signed-in
 * user (its rights) on its own, as the component tests do. Signing out or refreshing does nothing.
 */
export function SignedInSession({ me, children }: { me: Me; children: ReactNode }) {
  const value = useMemo<SessionValue>(
    () => ({ state: { status: 'signedIn', me }, flash: null, setFlash: () => undefined, signedIn: () => undefined, signOut: async () => undefined, refresh: async () => undefined, retry: () => undefined }),
    [me],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** Returns the session context. */
export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside SessionProvider');
  return value;
}

/** Returns the signed-in user; only call it on pages rendered for signed-in users. */
export function useMe(): Me {
  const { state } = useSession();
  if (state.status !== 'signedIn') throw new Error('useMe called without a signed-in user');
  return state.me;
}

/** Tells whether the user has an ability. */
export function can(me: Me, ability: Ability): boolean {
  return me.abilities[ability] === true;
}
