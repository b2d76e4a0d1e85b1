import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export interface JoinSessionButtonProps {
  eventId: string;
  sessionId: string;
  title: string;
}

export function JoinSessionButton({ eventId, sessionId, title }: JoinSessionButtonProps) {
  const { t } = useTranslation();
  return (
    <Button
      component={Link}
      to={`/events/${eventId}/sessions/${sessionId}`}
      size="compact-sm"
      variant="light"
      aria-label={t('event.joinSession', { title })}
      data-testid="session-join"
    >
      {t('event.join')}
    </Button>
  );
}
