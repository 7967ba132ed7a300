import { queryOptions } from '@tanstack/react-query';
import { request } from '../../app/api';
import { client, ok } from '../../app/client';
import type { LanguageBody, ProductBody, ProductDetail, ProductQuery, ReachBody } from './api-types';

const path = (id: string) => ({ params: { path: { id } } });

/** Products endpoints, through the typed client. */
export const productsApi = {
  list: (query: ProductQuery, signal?: AbortSignal) => ok(client.GET('/api/v1/products', { params: { query }, signal })),
  detail: (id: string, signal?: AbortSignal) => ok(client.GET('/api/v1/products/{id}', { ...path(id), signal })),
  options: (signal?: AbortSignal) => ok(client.GET('/api/v1/products/options', { signal })),
  create: (body: ProductBody) => ok(client.POST('/api/v1/products', { body })),
  edit: (id: string, body: ProductBody) => ok(client.PUT('/api/v1/products/{id}', { ...path(id), body })),
  publish: (id: string) => ok(client.POST('/api/v1/products/{id}/publish', path(id))),
  withdraw: (id: string, reason: string) => ok(client.POST('/api/v1/products/{id}/withdraw', { ...path(id), body: { reason } })),
  saveLanguage: (id: string, body: LanguageBody) => ok(client.PUT('/api/v1/products/{id}/languages', { ...path(id), body })),
  recordReach: (id: string, body: ReachBody) => ok(client.POST('/api/v1/products/{id}/reach', { ...path(id), body })),
  /** An image, video, audio or PDF (multipart, which the typed client does not describe); `lang` for a language version. */
  attach: (id: string, file: File, lang: string) => {
    const form = new FormData();
    if (lang) form.append('lang', lang);
    form.append('file', file, file.name);
    return request<ProductDetail>(`/api/v1/products/${encodeURIComponent(id)}/files`, { method: 'POST', body: form });
  },
};

/** The queries of this feature: everything under ['products'] is invalidated after a change. */
export const productQueries = {
  all: ['products'] as const,
  list: (query: ProductQuery) => queryOptions({ queryKey: ['products', 'list', query], queryFn: ({ signal }) => productsApi.list(query, signal) }),
  detail: (id: string) => queryOptions({ queryKey: ['products', 'detail', id], queryFn: ({ signal }) => productsApi.detail(id, signal) }),
  options: () => queryOptions({ queryKey: ['products', 'options'], queryFn: ({ signal }) => productsApi.options(signal), staleTime: 60_000 }),
};
