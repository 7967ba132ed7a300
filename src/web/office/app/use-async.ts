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

/** Result of {@link useAction}. */
export interface ActionState<T> {
  /** Runs the action; resolves with its result, or undefined when it failed (the failure is kept). */
  run: () => Promise<T | undefined>;
  busy: boolean;
  failure: unknown;
  result: T | undefined;
}

/** An action started by the user (a button): its busy state, its last result and its last failure. */
export function useAction<T>(action: () => Promise<T>): ActionState<T> {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [result, setResult] = useState<T | undefined>(undefined);
  const actionRef = useRef(action);
  useEffect(() => {
    actionRef.current = action;
  });
  const run = useCallback(async () => {
    setBusy(true);
    setFailure(null);
    try {
      const value = await actionRef.current();
      setResult(value);
      return value;
    } catch (err) {
      setFailure(err);
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  return { run, busy, failure, result };
}
