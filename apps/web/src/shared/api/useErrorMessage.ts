import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from './ApiRequestError';

/** Words for a failure: the server's own message when it sent one. */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown) => {
      if (error instanceof ApiRequestError) return error.message;
      // fetch rejects with a TypeError when the request never got an answer.
      if (error instanceof TypeError) return t('errors.network');
      return t('errors.unexpected');
    },
    [t],
  );
}
