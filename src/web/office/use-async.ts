import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react';
import { isAbort } from './api';

/** State of an asynchronous load; `data` may hold the previous result while reloading. */
export type AsyncState<T> =
  | { status: 'loading'; data: T | undefined; error?: undefined }
  | { status: 'error'; data: T | undefined; error: unknown }
  | { status: 'ready'; data: T; error?: undefined };

/** Result of {@link useAsync}. */
export type AsyncResult<T> = AsyncState<T> & {
  reload: () => void;
  /** Updates the loaded data in place (after a successful change). */
  update: (change: (data: T) => T) => void;
};

/** Runs `load` whenever `deps` change (aborting the previous run) and exposes loading/error/ready state. */
export function useAsync<T>(
  load: (signal: AbortSignal) => Promise<T>,
  deps: DependencyList,
  options: { keepPrevious?: boolean } = {},
): AsyncResult<T> {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading', data: undefined });
  const [attempt, setAttempt] = useState(0);
  const loadRef = useRef(load);
  const keepPrevious = options.keepPrevious ?? false;

  // Declared before the loading effect so it runs first and the latest `load` is used.
  useEffect(() => {
    loadRef.current = load;
  });

  useEffect(() => {
    const controller = new AbortController();
    setState((prev) => ({ status: 'loading', data: keepPrevious ? prev.data : undefined }));
    loadRef.current(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: 'ready', data });
      },
      (error: unknown) => {
        if (isAbort(error) || controller.signal.aborted) return;
        setState((prev) => ({ status: 'error', data: prev.data, error }));
      },
    );
    return () => controller.abort();
    // The caller lists the dependencies of `load` (like useEffect); `load` itself is read from a ref.
  }, [...deps, attempt, keepPrevious]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const update = useCallback((change: (data: T) => T) => {
    setState((prev) => (prev.status === 'ready' ? { status: 'ready', data: change(prev.data) } : prev));
  }, []);
  return { ...state, reload, update };
}
