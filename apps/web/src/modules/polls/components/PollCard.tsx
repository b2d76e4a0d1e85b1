import { type Poll, type PollAnswer, type PollResults } from '@hadir/contracts';
import {
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  Radio,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../shared/api/useErrorMessage';
import { newId } from '../../../shared/lib/newId';
import type { SessionActions } from '../../session/hooks/useSessionActions';
import { PollResultsChart } from './PollResultsChart';

export interface PollCardProps {
  poll: Poll;
  answer: PollAnswer | undefined;
  results: PollResults | undefined;
  actions: SessionActions;
}

/** One poll for the audience: answer it while open, then see the results when they are shown. */
export function PollCard({ poll, answer, results, actions }: PollCardProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [changing, setChanging] = useState(false);
  const [picked, setPicked] = useState<string[]>(answer?.optionIds ?? []);
  const [rating, setRating] = useState<string>(answer?.rating ? String(answer.rating) : '');
  const [text, setText] = useState('');
  const [answerId, setAnswerId] = useState(newId);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const answering = poll.status === 'open' && (!answer || changing);

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await actions.answerPoll({
        pollId: poll.id,
        id: answerId,
        ...(poll.kind === 'rating'
          ? { rating: Number(rating) }
          : poll.kind === 'word_cloud' || poll.kind === 'open_text'
            ? { text }
            : { optionIds: picked }),
      });
      setChanging(false);
      setText('');
      setAnswerId(newId());
    } catch (thrown) {
      setError(errorMessage(thrown));
    } finally {
      setBusy(false);
    }
  };

  const label = (id: string) => poll.options.find((option) => option.id === id)?.label ?? id;
  const given = answer
    ? answer.optionIds.length > 0
      ? answer.optionIds.map(label).join(', ')
      : (answer.text ?? String(answer.rating ?? ''))
    : null;

  return (
    <Paper withBorder p="md" data-testid="poll" data-poll-id={poll.id} data-status={poll.status}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text fw={600}>{poll.question}</Text>
          <Badge color={poll.status === 'open' ? 'green' : 'gray'} style={{ flexShrink: 0 }}>
            {t(`polls.status.${poll.status}`)}
          </Badge>
        </Group>
        {answering && (
          <>
            {poll.kind === 'single' || poll.kind === 'quiz' ? (
              <Radio.Group value={picked[0] ?? ''} onChange={(value) => setPicked([value])}>
                <Stack gap="xs">
                  {poll.options.map((option) => (
                    <Radio key={option.id} value={option.id} label={option.label} />
                  ))}
                </Stack>
              </Radio.Group>
            ) : poll.kind === 'multiple' ? (
              <Checkbox.Group value={picked} onChange={setPicked}>
                <Stack gap="xs">
                  {poll.options.map((option) => (
                    <Checkbox key={option.id} value={option.id} label={option.label} />
                  ))}
                </Stack>
              </Checkbox.Group>
            ) : poll.kind === 'rating' ? (
              <SegmentedControl
                value={rating}
                onChange={setRating}
                data={Array.from({ length: poll.scaleMax ?? 5 }, (_, i) => String(i + 1))}
                aria-label={t('polls.rating')}
              />
            ) : poll.kind === 'word_cloud' ? (
              <TextInput
                value={text}
                onChange={(event) => setText(event.currentTarget.value)}
                placeholder={t('polls.wordPlaceholder')}
                aria-label={t('polls.yourAnswer')}
              />
            ) : (
              <Textarea
                value={text}
                onChange={(event) => setText(event.currentTarget.value)}
                autosize
                minRows={2}
                aria-label={t('polls.yourAnswer')}
              />
            )}
            <Group>
              <Button onClick={() => void submit()} loading={busy} data-testid="poll-submit">
                {t('polls.submit')}
              </Button>
              {changing && (
                <Button variant="default" onClick={() => setChanging(false)}>
                  {t('common.cancel')}
                </Button>
              )}
            </Group>
          </>
        )}
        {given !== null && !answering && (
          <Group gap="xs">
            <Text size="sm" data-testid="poll-my-answer">
              {t('polls.yourAnswerIs', { answer: given })}
            </Text>
            {poll.status === 'open' && poll.allowChange && (
              <Button size="compact-xs" variant="subtle" onClick={() => setChanging(true)}>
                {t('polls.change')}
              </Button>
            )}
          </Group>
        )}
        {error && (
          <Text size="sm" c="red" role="alert">
            {error}
          </Text>
        )}
        {results && <PollResultsChart poll={poll} results={results} />}
        {!results && poll.resultsVisibility !== 'live' && (
          <Text size="xs" c="dimmed">
            {t(`polls.visibility.${poll.resultsVisibility}`)}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
