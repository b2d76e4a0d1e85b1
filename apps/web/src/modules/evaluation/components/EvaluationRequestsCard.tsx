import { type EvaluationRequest } from '@hadir/contracts';
import { Accordion, Alert, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FeedbackForm } from './FeedbackForm';

export interface EvaluationRequestsCardProps {
  eventId: string;
  requests: EvaluationRequest[];
  /** Whether the organisers sent a reminder while the page was open. */
  reminded: boolean;
}

/** The event home's card: the forms this participant is asked to answer, each answered in place. */
export function EvaluationRequestsCard({
  eventId,
  requests: all,
  reminded,
}: EvaluationRequestsCardProps) {
  const { t } = useTranslation();
  const waiting = all.filter((request) => !request.answered);
  const keyOf = (request: (typeof all)[number]) => `${request.form.id}/${request.sessionId ?? ''}`;
  return (
    <Paper withBorder p="md" radius="md" data-testid="evaluation-requests">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('evaluation.requestsTitle')}
          </Title>
          <Badge color={waiting.length > 0 ? 'orange' : 'green'} data-testid="evaluation-waiting">
            {t('evaluation.waiting', { count: waiting.length })}
          </Badge>
        </Group>
        {reminded && waiting.length > 0 && (
          <Alert color="orange" variant="light" role="status" data-testid="evaluation-reminded">
            {t('evaluation.reminded')}
          </Alert>
        )}
        <Accordion variant="separated" defaultValue={waiting[0] ? keyOf(waiting[0]) : null}>
          {all.map((request) => (
            <Accordion.Item key={keyOf(request)} value={keyOf(request)}>
              <Accordion.Control data-testid="evaluation-request">
                <Group justify="space-between" wrap="nowrap" pr="xs">
                  <Text size="sm" fw={500}>
                    {request.sessionTitle ?? request.form.title}
                  </Text>
                  {request.answered && (
                    <Badge color="green" variant="light">
                      {t('evaluation.done')}
                    </Badge>
                  )}
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <FeedbackForm eventId={eventId} request={request} />
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      </Stack>
    </Paper>
  );
}
