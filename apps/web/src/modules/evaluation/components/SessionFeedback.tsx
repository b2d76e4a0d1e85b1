import { Paper, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../../../shared/api/queryKeys';
import { useNow } from '../../events/hooks/useNow';
import { useMyEvaluations } from '../hooks/useMyEvaluations';
import { LazyFeedbackForm } from './LazyEvaluation';

const END_CHECK_MS = 15_000;

export interface SessionFeedbackProps {
  eventId: string;
  sessionId: string;
  endsAt: string;
}

/** On a session's page once it has ended: the session's feedback form, for every participant. */
export function SessionFeedback({ eventId, sessionId, endsAt }: SessionFeedbackProps) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const { requests } = useMyEvaluations(eventId, sessionId);
  const ended = useNow(END_CHECK_MS) >= new Date(endsAt);
  // A page left open through the session's end learns it may now ask for feedback.
  useEffect(() => {
    if (ended) {
      void client.invalidateQueries({ queryKey: queryKeys.myEvaluations(eventId, sessionId) });
    }
  }, [ended, client, eventId, sessionId]);

  const request = requests.data?.requests.find((candidate) => candidate.sessionId === sessionId);
  if (!request) return null;
  return (
    <Paper withBorder p="md" radius="md" data-testid="session-feedback">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {request.form.title}
        </Title>
        <Text size="sm" c="dimmed">
          {t('evaluation.sessionIntro')}
        </Text>
        <LazyFeedbackForm eventId={eventId} request={request} />
      </Stack>
    </Paper>
  );
}
