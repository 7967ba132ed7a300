import { lazy, type ComponentType } from 'react';

/**
 * A named export of a lazily loaded module of pages, as a component. The features' texts come with it
 * (catalogues.ts): a page never shows before the words it uses.
 */
export function lazyPage<M, K extends keyof M>(load: () => Promise<M>, name: K): M[K] {
  return lazy(async () => {
    const [module] = await Promise.all([load(), import('./catalogues')]);
    return { default: module[name] as ComponentType<object> };
  }) as unknown as M[K];
}
