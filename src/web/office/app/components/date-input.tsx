import { useMemo } from 'react';
import { DateField, type DateFieldProps } from '../../../ui';
import { useI18n } from '../i18n-context';

/** The office's date input: {@link DateField} (typed and shown dd/mm/yyyy) with its messages in the chosen language. */
export function DateInput(props: Omit<DateFieldProps, 'messages'>) {
  const { t } = useI18n();
  const messages = useMemo(
    () => ({ invalid: t('date.invalid'), tooEarly: t('date.tooEarly'), tooLate: t('date.tooLate'), format: t('date.format') }),
    [t],
  );
  return <DateField {...props} messages={messages} />;
}
