import { type Poll, type PollResults } from '@hadir/contracts';
import { Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface PollResultsChartProps {
  poll: Poll;
  results: PollResults;
  /** Bigger type for the hall's projector. */
  large?: boolean;
}

/** A poll's tally drawn for its kind: bars for choices and ratings, a cloud, or the answers. */
export function PollResultsChart({ poll, results, large = false }: PollResultsChartProps) {
  const { t } = useTranslation();
  const size = large ? 'xl' : 'sm';
  const bar = (key: string, label: string, count: number, highlight = false) => {
    const share = results.responses === 0 ? 0 : Math.round((100 * count) / results.responses);
    return (
      <div key={key} data-testid="poll-bar" data-option={key} data-count={count}>
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Text size={size} fw={highlight ? 700 : undefined}>
            {highlight ? `✓ ${label}` : label}
          </Text>
          <Text size={size} c="dimmed">
            {count} · {share}%
          </Text>
        </Group>
        <Progress
          value={share}
          size={large ? 'xl' : 'md'}
          color={highlight ? 'green' : 'blue'}
          aria-label={label}
        />
      </div>
    );
  };

  return (
    <Stack gap="xs" data-testid="poll-results" data-responses={results.responses}>
      <Text size={size} c="dimmed">
        {t('polls.responses', { count: results.responses })}
      </Text>
      {poll.options.map((option) =>
        bar(
          option.id,
          option.label,
          results.counts[option.id] ?? 0,
          option.id === poll.correctOptionId,
        ),
      )}
      {poll.kind === 'rating' && (
        <>
          {Object.entries(results.ratings).map(([value, count]) => bar(value, value, count))}
          {results.average !== null && (
            <Text size={size} fw={600}>
              {t('polls.average', { average: results.average })}
            </Text>
          )}
        </>
      )}
      {poll.kind === 'word_cloud' && (
        <Group gap="md" justify="center" data-testid="poll-cloud">
          {results.words.map(({ word, count }) => {
            const top = results.words[0]?.count ?? 1;
            const scale = 0.9 + (1.6 * count) / top;
            return (
              <Text key={word} fz={`${(large ? 1.6 : 1) * scale}rem`} fw={600} c="blue.9">
                {word}
              </Text>
            );
          })}
        </Group>
      )}
      {poll.kind === 'open_text' &&
        results.texts.map((text, index) => (
          <Text key={`${index}-${text}`} size={size} style={{ whiteSpace: 'pre-wrap' }}>
            “{text}”
          </Text>
        ))}
      {results.correct !== null && poll.correctOptionId && (
        <Text size={size} fw={600}>
          {t('polls.correct', { count: results.correct, total: results.responses })}
        </Text>
      )}
    </Stack>
  );
}
