import { useEffect, useRef } from 'react';

/** Scrolls the element with this id into view and moves focus to it; false when it is not on the page. */
export function focusById(id: string): boolean {
  const element = document.getElementById(id);
  if (!element) return false;
  element.scrollIntoView({ block: 'start' });
  element.focus({ preventScroll: true });
  return true;
}

/**
 * Brings the target of the URL fragment (`id`, "" for none) into view and focus once `ready` (its data loaded
 * and shown). It happens once per fragment, so later reloads of the page's data do not move the reader again;
 * it waits for the next task so that it comes after the app's own "focus <main> on navigation".
 */
export function useFragmentFocus(id: string, ready: boolean): void {
  const done = useRef('');
  useEffect(() => {
    if (!id) {
      done.current = '';
      return;
    }
    if (!ready || done.current === id) return;
    const timer = window.setTimeout(() => {
      if (focusById(id)) done.current = id;
    }, 0);
    return () => window.clearTimeout(timer);
  }, [id, ready]);
}
