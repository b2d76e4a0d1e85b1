import { useTranslation } from 'react-i18next';
import { DownloadButton } from '../../../shared/components/DownloadButton';

/** One session as a calendar file, for who wants it in their own calendar. */
export function AddToCalendarButton({
  eventId,
  sessionId,
}: {
  eventId: string;
  sessionId: string;
}) {
  const { t } = useTranslation();
  return (
    <DownloadButton
      path={`/events/${eventId}/sessions/${sessionId}/calendar.ics`}
      fileName="session.ics"
      variant="light"
      size="xs"
      w="fit-content"
      data-testid="add-to-calendar"
    >
      {t('calendar.addSession')}
    </DownloadButton>
  );
}
