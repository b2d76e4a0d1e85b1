import { Alert, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../api/useErrorMessage';

export interface QueryErrorAlertProps {
  error: unknown;
  onRetry?: () => void;
}

/** A failed request, in words, with a way to try again where that can help. */
export function QueryErrorAlert({ error, onRetry }: QueryErrorAlertProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  return (
    <Alert color="red" variant="light" data-testid="load-error">
      {errorMessage(error)}
      {onRetry && (
        <Button variant="subtle" color="red" size="compact-sm" ml="sm" onClick={onRetry}>
          {t('errors.retry')}
        </Button>
      )}
    </Alert>
  );
}
