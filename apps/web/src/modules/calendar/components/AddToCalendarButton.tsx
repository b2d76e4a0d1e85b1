import { Button, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../shared/api/useErrorMessage';
import { downloadFile } from '../../../shared/lib/downloadFile';

/** One session as a calendar file, for who wants it in their own calendar. */
export function AddToCalendarButton({
  eventId,
  sessionId,
}: {
  eventId: string;
  sessionId: string;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const download = () => {
    setBusy(true);
    setFailure(null);
    downloadFile(`/events/${eventId}/sessions/${sessionId}/calendar.ics`, 'session.ics')
      .catch(setFailure)
      .finally(() => setBusy(false));
  };
  return (
    <>
      <Button
        variant="light"
        size="xs"
        loading={busy}
        onClick={download}
        data-testid="add-to-calendar"
      >
        {t('calendar.addSession')}
      </Button>
      {failure !== null && (
        <Text size="sm" c="red" role="alert">
          {errorMessage(failure)}
        </Text>
      )}
    </>
  );
}
