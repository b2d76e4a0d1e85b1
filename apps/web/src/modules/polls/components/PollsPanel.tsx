import { type SessionState } from '@hadir/contracts';
import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SessionActions } from '../../session/hooks/useSessionActions';
import { PollCard } from './PollCard';

/** The session's polls for the audience, the newest first. */
export function PollsPanel({ state, actions }: { state: SessionState; actions: SessionActions }) {
  const { t } = useTranslation();
  const polls = state.polls.filter((poll) => poll.status !== 'draft').reverse();
  if (polls.length === 0) return null;
  return (
    <Stack gap="sm" data-testid="polls">
      <Title order={2} size="h4">
        {t('polls.title')}
      </Title>
      {polls.map((poll) => (
        <PollCard
          key={poll.id}
          poll={poll}
          answer={state.myAnswers.find((answer) => answer.pollId === poll.id)}
          results={state.results.find((results) => results.pollId === poll.id)}
          actions={actions}
        />
      ))}
    </Stack>
  );
}
