import { Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { useEvents } from '../modules/events/hooks/useEvents';
import { SignedInPerson } from '../modules/auth/components/SignedInPerson';
import { PageLoader } from '../shared/components/PageLoader';
import { PublicLayout } from './PublicLayout';
import { QueryErrorAlert } from '../shared/components/QueryErrorAlert';

/** `/`: straight to the person's first event; most people belong to exactly one. */
export function HomeRedirectPage() {
  const { t } = useTranslation();
  const events = useEvents();

  const firstEvent = events.data?.events[0];
  if (firstEvent) return <Navigate to={`/events/${firstEvent.id}`} replace />;

  const handleRetry = () => {
    void events.refetch();
  };

  let body;
  if (events.isPending) body = <PageLoader />;
  else if (events.isError) body = <QueryErrorAlert error={events.error} onRetry={handleRetry} />;
  else
    body = (
      <Paper withBorder p="lg" radius="md">
        <Text mb="md">{t('home.noEvents')}</Text>
        <SignedInPerson />
      </Paper>
    );
  return <PublicLayout>{body}</PublicLayout>;
}
