import { Anchor, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CalendarSubscription } from '../modules/calendar/components/CalendarSubscription';
import { LanguageSwitch } from '../modules/language/components/LanguageSwitch';
import { ProfileForm } from '../modules/profile/components/ProfileForm';
import { SignedInPerson } from '../modules/auth/components/SignedInPerson';
import { useMe } from '../modules/auth/hooks/useMe';
import { PageLoader } from '../shared/components/PageLoader';
import { QueryErrorAlert } from '../shared/components/QueryErrorAlert';

export function ProfilePage() {
  const { t } = useTranslation();
  const me = useMe();

  let body;
  if (me.isPending) body = <PageLoader />;
  else if (me.isError)
    body = <QueryErrorAlert error={me.error} onRetry={() => void me.refetch()} />;
  else
    body = (
      <Stack gap="lg">
        <Paper withBorder p="lg" radius="md">
          {/* Keyed by person, so a sign-in as someone else never shows the last person's draft. */}
          <ProfileForm key={me.data.id} me={me.data} />
        </Paper>
        {me.data.roles[0] && <CalendarSubscription eventId={me.data.roles[0].eventId} />}
      </Stack>
    );

  return (
    <Container size="md" py="lg">
      <Stack gap="lg">
        <Group justify="space-between" component="header">
          <Stack gap={2}>
            <Anchor component={Link} to="/" size="sm" data-testid="profile-back">
              {t('profile.back')}
            </Anchor>
            <Title order={1} size="h2">
              {t('profile.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('profile.intro')}
            </Text>
          </Stack>
          <Group gap="sm">
            <LanguageSwitch />
            <SignedInPerson />
          </Group>
        </Group>
        <main>{body}</main>
      </Stack>
    </Container>
  );
}
