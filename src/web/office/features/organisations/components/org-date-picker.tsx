import { useEffect, useState } from 'react';
import { Button, formatDate } from '../../../../ui';
import { isIsoDate } from '../../../app/dates';
import { useI18n } from '../../../app/i18n-context';
import { useDebounced } from '../../../app/use-debounced';
import { DateInput } from '../../../app/components/date-input';

const QUICK_DATES = ['2024-06-01', '2026-01-01'] as const;

/** Props of {@link OrgDatePicker}. */
export interface OrgDatePickerProps {
  at: string;
  /** Called with a valid YYYY-MM-DD; `push` is true for the quick buttons (a new history entry). */
  onChange: (at: string, push: boolean) => void;
}

function plausible(value: string): boolean {
  return isIsoDate(value) && Number(value.slice(0, 4)) >= 1900;
}

/** Date input "Xem cơ cấu tại ngày" plus quick-date buttons. */
export function OrgDatePicker({ at, onChange }: OrgDatePickerProps) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(at);
  const settled = useDebounced(draft, 400);

  useEffect(() => setDraft(at), [at]);
  useEffect(() => {
    if (settled !== at && plausible(settled)) onChange(settled, false);
    // Only a settled edit of the input navigates; `at` and `onChange` changing must not re-trigger it.
  }, [settled]);

  return (
    <div className="date-picker">
      <DateInput
        label={t('org.at')}
        hint={t('org.atShown', { date: formatDate(at) })}
        name="at"
        min="1900-01-01"
        max="2100-12-31"
        value={draft}
        onChange={setDraft}
        className="date-picker__field"
      />
      <div className="date-picker__quick" role="group" aria-label={t('org.quick')}>
        {QUICK_DATES.map((d) => (
          <Button
            key={d}
            variant="secondary"
            size="small"
            aria-pressed={at === d}
            onClick={() => {
              setDraft(d);
              onChange(d, true);
            }}
          >
            {formatDate(d)}
          </Button>
        ))}
      </div>
    </div>
  );
}
