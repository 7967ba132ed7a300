import type { ReactNode } from 'react';
import { reportsApi } from '../api';
import type { Indicator, Report } from '../api-types';
import { useI18n } from '../../../app/i18n-context';
import { fileSizeText, numberText, statusLabel } from './plan-text';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="details-list__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Props of {@link ReportDetails}. */
export interface ReportDetailsProps {
  report: Report;
  /** The indicator catalogue, to show labels instead of codes. */
  indicators: readonly Indicator[];
}

/** What a unit reported: status, results, indicator values, evidence links and attached files. */
export function ReportDetails({ report, indicators }: ReportDetailsProps) {
  const { t } = useI18n();
  const values = Object.entries(report.indicators ?? {});
  const links = report.evidenceLinks ?? [];
  const files = report.files ?? [];
  return (
    <dl className="details-list">
      <Row label={t('report.status')}>{statusLabel(report.status, t)}</Row>
      <Row label={t('report.narrative')}>
        <span className="prewrap">{report.narrative}</span>
      </Row>
      {values.length > 0 ? (
        <Row label={t('report.indicators')}>
          <ul className="plain-list">
            {values.map(([code, value]) => {
              const known = indicators.find((i) => i.code === code);
              return (
                <li key={code}>
                  {known ? known.label : code}: <strong>{numberText(value)}</strong>
                  {known?.unit ? ` ${known.unit}` : ''}
                </li>
              );
            })}
          </ul>
        </Row>
      ) : null}
      {links.length > 0 ? (
        <Row label={t('report.links')}>
          <ul className="plain-list">
            {links.map((href, i) => (
              <li key={`${i}-${href}`}>
                <a href={href} rel="noopener noreferrer" className="break-all">{href}</a>
              </li>
            ))}
          </ul>
        </Row>
      ) : null}
      {files.length > 0 ? (
        <Row label={t('report.files')}>
          <ul className="plain-list">
            {files.map((f) => (
              <li key={f.id}>
                <a href={reportsApi.fileHref(f.id)} download={f.fileName}>{f.fileName}</a>{' '}
                <span className="muted">({fileSizeText(f.size, t)})</span>
              </li>
            ))}
          </ul>
        </Row>
      ) : null}
    </dl>
  );
}
