import { Container } from '@mantine/core';
import { BadgeSheet } from '../modules/badges/components/BadgeSheet';
import { useBadges } from '../modules/badges/hooks/useBadges';
import { PageLoader } from '../shared/components/PageLoader';
import { QueryErrorAlert } from '../shared/components/QueryErrorAlert';
import { useManageContext } from './ManageLayout';

export function BadgeSheetPage() {
  const { agenda } = useManageContext();
  const badges = useBadges(agenda.event.id);

  if (badges.isPending) return <PageLoader />;
  if (badges.isError) {
    return (
      <Container size="xl" py="md">
        <QueryErrorAlert error={badges.error} onRetry={() => void badges.refetch()} />
      </Container>
    );
  }
  return <BadgeSheet event={agenda.event} badges={badges.data.badges} />;
}
