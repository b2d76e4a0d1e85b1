import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from './ApiRequestError';

/** Words for a failure: the server's reason in the reader's language, with its values. */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown) => {
      if (error instanceof ApiRequestError) {
        return t(`errors.reasons.${error.reason}`, {
          ...error.params,
          defaultValue: error.message,
        });
      }
      // fetch rejects with a TypeError when the request never got an answer.
      if (error instanceof TypeError) return t('errors.network');
      return t('errors.unexpected');
    },
    [t],
  );
}
