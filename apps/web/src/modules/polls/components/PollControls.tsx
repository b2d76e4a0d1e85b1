import { type SessionState } from '@hadir/contracts';
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../shared/api/useErrorMessage';
import type { SessionActions } from '../../session/hooks/useSessionActions';
import { downloadFile } from '../../../shared/lib/downloadFile';
import { PollComposer } from './PollComposer';
import { PollResultsChart } from './PollResultsChart';

/** The console's polls: write one, open and close them, watch the results come in. */
export function PollControls({
  state,
  actions,
  eventId,
}: {
  state: SessionState;
  actions: SessionActions;
  eventId: string;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [error, setError] = useState<string | null>(null);
  const run = (action: Promise<unknown>) =>
    void action.catch((thrown: unknown) => setError(errorMessage(thrown)));
  const polls = [...state.polls].reverse();

  return (
    <Stack gap="sm" data-testid="poll-controls">
      <Title order={2} size="h4">
        {t('polls.title')}
      </Title>
      <PollComposer actions={actions} sessionId={state.sessionId} />
      {error && (
        <Text c="red" size="sm" role="alert">
          {error}
        </Text>
      )}
      {polls.map((poll) => {
        const results = state.results.find((r) => r.pollId === poll.id);
        return (
          <Paper
            key={poll.id}
            withBorder
            p="sm"
            data-testid="console-poll"
            data-status={poll.status}
          >
            <Stack gap="xs">
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Text fw={600}>{poll.question}</Text>
                <Badge color={poll.status === 'open' ? 'green' : 'gray'} style={{ flexShrink: 0 }}>
                  {t(`polls.status.${poll.status}`)}
                </Badge>
              </Group>
              <Group gap="xs">
                {poll.status !== 'open' && (
                  <Button size="compact-sm" onClick={() => run(actions.openPoll(poll.id))}>
                    {t('polls.open')}
                  </Button>
                )}
                {poll.status === 'open' && (
                  <Button
                    size="compact-sm"
                    color="red"
                    variant="light"
                    onClick={() => run(actions.closePoll(poll.id))}
                    data-testid="poll-close"
                  >
                    {t('polls.close')}
                  </Button>
                )}
                {poll.status !== 'draft' && (
                  <Button
                    size="compact-sm"
                    variant={poll.onDisplay ? 'filled' : 'light'}
                    aria-pressed={poll.onDisplay}
                    onClick={() => run(actions.showPoll(poll.id, !poll.onDisplay))}
                    data-testid="poll-show"
                  >
                    {poll.onDisplay ? t('polls.onDisplay') : t('polls.showOnDisplay')}
                  </Button>
                )}
                <Button
                  size="compact-sm"
                  variant="subtle"
                  onClick={() =>
                    run(
                      downloadFile(
                        `/events/${eventId}/sessions/${state.sessionId}/polls/${poll.id}/responses.csv`,
                        'poll-responses.csv',
                      ),
                    )
                  }
                >
                  {t('polls.export')}
                </Button>
              </Group>
              {results && <PollResultsChart poll={poll} results={results} />}
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
