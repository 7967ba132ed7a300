import { Alert } from '../../../ui';
import { ApiError } from '../api';
import { describeError, errorDetail, fieldKey } from '../errors';
import { useI18n } from '../i18n-context';

/** Props of {@link FormError}. */
export interface FormErrorProps {
  error: unknown;
  /** Field keys that show their own error next to the control; the others are listed here. */
  shownFields?: readonly string[];
}

/** Error summary of a form: the server's title plus the field errors not shown next to a control. */
export function FormError({ error, shownFields = [] }: FormErrorProps) {
  const { t } = useI18n();
  if (!error) return null;
  const others = error instanceof ApiError ? error.errors.filter((e) => !shownFields.includes(fieldKey(e.path))) : [];
  const hasFieldErrors = error instanceof ApiError && error.errors.length > 0;
  return (
    <Alert variant="error" title={describeError(error, t)}>
      {errorDetail(error) ? <p>{errorDetail(error)}</p> : null}
      {hasFieldErrors && others.length === 0 ? <p>{t('common.checkFields')}</p> : null}
      {others.length > 0 ? (
        <ul>
          {others.map((e, i) => (
            <li key={`${e.path}-${i}`}>{e.message}</li>
          ))}
        </ul>
      ) : null}
    </Alert>
  );
}
