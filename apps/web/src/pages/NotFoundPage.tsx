import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PublicLayout } from './PublicLayout';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <PublicLayout>
      <Stack gap="xs" align="flex-start" data-testid="not-found">
        <Title order={1} size="h3">
          {t('notFound.title')}
        </Title>
        <Text>{t('notFound.body')}</Text>
        <Anchor component={Link} to="/">
          {t('notFound.home')}
        </Anchor>
      </Stack>
    </PublicLayout>
  );
}
