import type { Locator, Page } from '@playwright/test';

/**
 * Types a moment "YYYY-MM-DDTHH:mm" into the office's date-and-time input named `label` (one group: the date as
 * dd/mm/yyyy, the time as hh:mm), as a person types it whatever the browser's language.
 */
export async function fillDateTime(scope: Page | Locator, label: string, value: string): Promise<void> {
  const group = scope.getByRole('group', { name: label, exact: true });
  const [date = '', time = ''] = value.split('T');
  const [y, m, d] = date.split('-');
  await group.getByLabel('Ngày', { exact: true }).fill(`${d}/${m}/${y}`);
  await group.getByLabel('Giờ', { exact: true }).fill(time.slice(0, 5));
}
