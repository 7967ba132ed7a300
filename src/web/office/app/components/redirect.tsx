import { useEffect } from 'react';
import { navigate, type To } from '../router';

/** Replaces the current history entry with another app path once rendered. */
export function Redirect({ to }: { to: To }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}
