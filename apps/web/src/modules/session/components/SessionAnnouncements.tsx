import { Loader, Paper, Stack, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../../shared/components/QueryErrorAlert';
import { AnnouncementForm } from '../../announcements/components/AnnouncementForm';
import { AnnouncementList } from '../../announcements/components/AnnouncementList';
import { useAnnouncements } from '../../announcements/hooks/useAnnouncements';
import { useAnnouncementsLiveSync } from '../../announcements/hooks/useAnnouncementsLiveSync';
import { useIsEventStaff } from '../../auth/hooks/useIsEventStaff';

export interface SessionAnnouncementsProps {
  eventId: string;
  sessionId: string;
  viewerTimeZone: string;
}

/**
 * What staff announced to this session's audience. They arrive only while the session's room is
 * joined, into the event's announcement list, from which this panel picks the session's own.
 */
export function SessionAnnouncements({
  eventId,
  sessionId,
  viewerTimeZone,
}: SessionAnnouncementsProps) {
  const { t } = useTranslation();
  const isStaff = useIsEventStaff(eventId);
  const announcements = useAnnouncements(eventId);
  useAnnouncementsLiveSync(eventId);
  const forSession = useMemo(
    () => announcements.data?.announcements.filter((a) => a.sessionId === sessionId) ?? [],
    [announcements.data, sessionId],
  );

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby="session-announcements-title"
      data-testid="session-announcements"
    >
      <Stack gap="sm">
        <Title order={2} size="h4" id="session-announcements-title">
          {t('sessionRoom.announcements')}
        </Title>
        {isStaff && <AnnouncementForm eventId={eventId} sessionId={sessionId} />}
        <div aria-live="polite">
          {announcements.isPending && <Loader size="sm" />}
          {announcements.isError && (
            <QueryErrorAlert
              error={announcements.error}
              onRetry={() => void announcements.refetch()}
            />
          )}
          {announcements.data && (
            <AnnouncementList announcements={forSession} viewerTimeZone={viewerTimeZone} />
          )}
        </div>
      </Stack>
    </Paper>
  );
}
