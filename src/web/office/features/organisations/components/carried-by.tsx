import type { CarriedBy } from '../../plans/api-types';
import { useI18n } from '../../../app/i18n-context';

type Translate = ReturnType<typeof useI18n>['t'];

function carriedText(carriedBy: CarriedBy, t: Translate): string {
  return carriedBy.units.length === 0 ? t('carried.nobody') : t('carried.now', { names: carriedBy.units.map((u) => u.name).join('; ') });
}

/** A unit's name with who carries its work today, in one string for headings and messages ("… (nay: …)"). */
export function nameWithCarrier(name: string, carriedBy: CarriedBy | null | undefined, t: Translate): string {
  return carriedBy ? `${name} (${carriedText(carriedBy, t)})` : name;
}

/**
 * "nay: Sở Khoa học và Công nghệ tỉnh Lào Cai" after the name of a closed unit, so a 2024 record keeps its unit
 * while the reader sees who carries the work today; nothing while the unit itself is valid.
 */
export function CarriedByNote({ carriedBy }: { carriedBy: CarriedBy | null | undefined }) {
  const { t } = useI18n();
  if (!carriedBy) return null;
  return <span className="assignment__carried">({carriedText(carriedBy, t)})</span>;
}
