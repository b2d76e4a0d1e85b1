import { Alert, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../api/ApiRequestError';

export interface QueryErrorAlertProps {
  error: unknown;
  onRetry?: () => void;
}

/** A failed load, in words: the server's message when it sent one, else a plain network message. */
export function QueryErrorAlert({ error, onRetry }: QueryErrorAlertProps) {
  const { t } = useTranslation();
  const message = error instanceof ApiRequestError ? error.message : t('errors.network');
  return (
    <Alert color="red" variant="light" data-testid="load-error">
      {message}
      {onRetry && (
        <Button variant="subtle" color="red" size="compact-sm" ml="sm" onClick={onRetry}>
          {t('errors.retry')}
        </Button>
      )}
    </Alert>
  );
}
