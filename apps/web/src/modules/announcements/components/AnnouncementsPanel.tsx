import { Loader, Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../../shared/components/QueryErrorAlert';
import { useIsEventStaff } from '../../auth/hooks/useIsEventStaff';
import { useAnnouncements } from '../hooks/useAnnouncements';
import { useAnnouncementsLiveSync } from '../hooks/useAnnouncementsLiveSync';
import { AnnouncementForm } from './AnnouncementForm';
import { AnnouncementList } from './AnnouncementList';

export interface AnnouncementsPanelProps {
  eventId: string;
  viewerTimeZone: string;
}

export function AnnouncementsPanel({ eventId, viewerTimeZone }: AnnouncementsPanelProps) {
  const { t } = useTranslation();
  const isStaff = useIsEventStaff(eventId);
  const announcements = useAnnouncements(eventId);
  useAnnouncementsLiveSync(eventId);

  const handleRetry = () => {
    void announcements.refetch();
  };

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby="announcements-title"
      data-testid="announcements-panel"
    >
      <Stack gap="sm">
        <Title order={2} size="h4" id="announcements-title">
          {t('announcements.title')}
        </Title>
        {isStaff && <AnnouncementForm eventId={eventId} />}
        <div aria-live="polite">
          {announcements.isPending && <Loader size="sm" />}
          {announcements.isError && (
            <QueryErrorAlert error={announcements.error} onRetry={handleRetry} />
          )}
          {announcements.data && (
            <AnnouncementList
              announcements={announcements.data.announcements}
              viewerTimeZone={viewerTimeZone}
            />
          )}
        </div>
      </Stack>
    </Paper>
  );
}
