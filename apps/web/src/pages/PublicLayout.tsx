import { Container, Group, Stack, Text, Title } from '@mantine/core';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../modules/language/components/LanguageSwitch';

export interface PublicLayoutProps {
  children: ReactNode;
}

/** The frame of the pages someone sees before they are signed in. */
export function PublicLayout({ children }: PublicLayoutProps) {
  const { t } = useTranslation();
  return (
    <Container size="lg" py="lg">
      <Stack gap="lg">
        <Group justify="space-between" component="header">
          <div>
            <Title order={1} size="h2" c="teal.9">
              {t('app.name')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('app.tagline')}
            </Text>
          </div>
          <LanguageSwitch />
        </Group>
        <main>{children}</main>
      </Stack>
    </Container>
  );
}
