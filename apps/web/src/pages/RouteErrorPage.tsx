import { Alert, Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PublicLayout } from './PublicLayout';

/** Shown instead of a blank page when rendering throws. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  return (
    <PublicLayout>
      <Alert color="red" variant="light" data-testid="route-error">
        <Stack gap="xs" align="flex-start">
          {t('errors.unexpected')}
          {/* A full page load, so whatever broke starts over from scratch. */}
          <Anchor href="/">{t('notFound.home')}</Anchor>
        </Stack>
      </Alert>
    </PublicLayout>
  );
}
