import { formatDateTimeVi } from '../../platform/text';

/** "dd/mm/yyyy HH:mm" on the Vietnam clock (the crisis pages, the timeline and the review print times this way). */
export function atVi(iso: string | Date): string {
  const [time, date] = formatDateTimeVi(typeof iso === 'string' ? new Date(iso) : iso).split(' ');
  return `${date} ${time}`;
}
