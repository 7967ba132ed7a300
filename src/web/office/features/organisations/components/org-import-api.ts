import { request } from '../../../app/api';
import type { DirectoryImportPreview, DirectoryImportResult } from '../api-types-import';

function filesForm(files: readonly File[]): FormData {
  const form = new FormData();
  for (const f of files) form.append('file', f, f.name);
  return form;
}

/** Directory import endpoints: template links, preview (saves nothing) and apply; the uploads are multipart. */
export const orgImportApi = {
  preview: (files: readonly File[]) => request<DirectoryImportPreview>('/api/v1/org/import/preview', { method: 'POST', body: filesForm(files) }),
  apply: (files: readonly File[]) => request<DirectoryImportResult>('/api/v1/org/import', { method: 'POST', body: filesForm(files) }),
  xlsxTemplateHref: '/api/v1/org/import/template?format=xlsx',
  csvTemplateHref: (table: 'units' | 'successions' | 'aliases') => `/api/v1/org/import/template?format=csv&table=${table}`,
};
