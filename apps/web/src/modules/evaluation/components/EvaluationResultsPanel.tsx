import {
  type EvaluationForm,
  type EvaluationGroup,
  type EvaluationQuestion,
} from '@hadir/contracts';
import { Alert, Button, Group, Paper, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../shared/api/useErrorMessage';
import { DownloadButton } from '../../../shared/components/DownloadButton';
import { PageLoader } from '../../../shared/components/PageLoader';
import { useCountryName } from '../../sign-in/hooks/useCountryName';
import { evaluationCsvPath, remindEvaluation } from '../api/evaluationApi';
import { useEvaluationResults } from '../hooks/useEvaluationResults';

export interface EvaluationResultsPanelProps {
  eventId: string;
  form: EvaluationForm;
}

/** A form's results as they arrive: each rating's spread, per session and country, and the words. */
export function EvaluationResultsPanel({ eventId, form }: EvaluationResultsPanelProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const countryName = useCountryName();
  const { results, error } = useEvaluationResults(eventId, form.id);
  const remind = useMutation({ mutationFn: () => remindEvaluation(eventId, form.id) });
  const ratings = form.questions.filter((question) => question.kind === 'rating');
  const prompts = new Map(form.questions.map((question) => [question.id, question.prompt]));

  if (error !== null) {
    return (
      <Alert color="red" variant="light" role="alert">
        {errorMessage(error)}
      </Alert>
    );
  }
  if (!results) return <PageLoader />;
  const sessionTitles = new Map(results.sessions.map((s) => [s.sessionId, s.title]));
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      data-testid={`evaluation-results-${form.kind}`}
      data-responses={results.overall.responses}
    >
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Title order={2} size="h4">
              {t('evaluation.results.title', { title: form.title })}
            </Title>
            <Text size="sm" data-testid="evaluation-response-count">
              {t('evaluation.results.responses', {
                count: results.overall.responses,
                expected: results.expected,
              })}
            </Text>
          </Stack>
          <Group gap="xs">
            {form.status === 'open' && (
              <Button
                variant="light"
                loading={remind.isPending}
                onClick={() => remind.mutate()}
                data-testid="evaluation-remind"
              >
                {t('evaluation.results.remind')}
              </Button>
            )}
            <DownloadButton
              variant="default"
              path={evaluationCsvPath(eventId, form.id)}
              fileName={`${form.kind}-evaluation.csv`}
              data-testid="evaluation-csv"
            >
              {t('evaluation.results.csv')}
            </DownloadButton>
          </Group>
        </Group>
        {remind.isSuccess && (
          <Text size="sm" c="green" role="status" data-testid="evaluation-reminded-count">
            {t('evaluation.results.reminded', { count: remind.data.reminded })}
          </Text>
        )}
        {remind.error && (
          <Text size="sm" c="red" role="alert">
            {errorMessage(remind.error)}
          </Text>
        )}
        {ratings.map((question) => {
          const summary = results.overall.ratings.find((r) => r.questionId === question.id);
          const given = summary?.counts.reduce((sum, count) => sum + count, 0) ?? 0;
          return (
            <Stack key={question.id} gap={4} data-testid="evaluation-rating">
              <Group justify="space-between">
                <Text size="sm" fw={600}>
                  {question.prompt}
                </Text>
                <Text size="sm" data-testid="evaluation-average">
                  {summary?.average === null || summary === undefined
                    ? t('evaluation.results.noRatings')
                    : t('evaluation.results.average', { average: summary.average })}
                </Text>
              </Group>
              {summary?.counts.map((count, index) => (
                <Group key={index} gap="xs" wrap="nowrap">
                  <Text size="xs" w={24} ta="right">
                    {index + 1}★
                  </Text>
                  <Progress
                    value={given === 0 ? 0 : (100 * count) / given}
                    style={{ flex: 1 }}
                    aria-label={t('evaluation.results.stars', { count: index + 1 })}
                  />
                  <Text size="xs" w={24} data-testid="evaluation-count" data-stars={index + 1}>
                    {count}
                  </Text>
                </Group>
              ))}
            </Stack>
          );
        })}
        {form.kind === 'session' && results.sessions.length > 0 && (
          <GroupTable
            testId="evaluation-by-session"
            heading={t('evaluation.results.session')}
            ratings={ratings}
            rows={results.sessions.map((session) => ({
              key: session.sessionId,
              name: session.title,
              answered: `${session.responses} / ${session.expected}`,
              group: session,
            }))}
          />
        )}
        {results.countries.length > 0 && (
          <GroupTable
            testId="evaluation-by-country"
            heading={t('evaluation.results.country')}
            ratings={ratings}
            rows={results.countries.map((group) => ({
              key: group.country ?? 'other',
              name: group.country
                ? countryName(group.country)
                : t('evaluation.results.otherCountries'),
              answered: String(group.responses),
              group,
            }))}
          />
        )}
        {results.texts.length > 0 && (
          <Stack gap="xs" data-testid="evaluation-texts">
            <Title order={3} size="h5">
              {t('evaluation.results.texts')}
            </Title>
            {results.texts.map((entry, index) => (
              <Paper key={index} withBorder p="xs" data-testid="evaluation-text">
                <Text size="xs" c="dimmed">
                  {[
                    prompts.get(entry.questionId),
                    entry.sessionId ? sessionTitles.get(entry.sessionId) : null,
                    entry.author,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {entry.text}
                </Text>
              </Paper>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

interface GroupTableProps {
  testId: string;
  heading: string;
  ratings: EvaluationQuestion[];
  rows: { key: string; name: string; answered: string; group: EvaluationGroup }[];
}

/** Groups of answers (sessions, countries), each with its average for every rating question. */
function GroupTable({ testId, heading, ratings, rows }: GroupTableProps) {
  const { t } = useTranslation();
  return (
    <Table striped data-testid={testId}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{heading}</Table.Th>
          <Table.Th>{t('evaluation.results.answered')}</Table.Th>
          {ratings.map((question) => (
            <Table.Th key={question.id}>{question.prompt}</Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.key}>
            <Table.Td>{row.name}</Table.Td>
            <Table.Td>{row.answered}</Table.Td>
            {ratings.map((question) => (
              <Table.Td key={question.id}>
                {row.group.ratings.find((r) => r.questionId === question.id)?.average ?? '–'}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
