import {
  CHOICE_KINDS,
  createPollSchema,
  type PollKind,
  type PollResultsVisibility,
} from '@hadir/contracts';
import {
  Button,
  Checkbox,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clientFieldErrors } from '../../../shared/lib/fieldErrors';
import { useErrorMessage } from '../../../shared/api/useErrorMessage';
import { newId } from '../../../shared/lib/newId';
import type { SessionActions } from '../../session/hooks/useSessionActions';

const KINDS: PollKind[] = ['single', 'multiple', 'rating', 'word_cloud', 'open_text', 'quiz'];
const VISIBILITIES: PollResultsVisibility[] = ['live', 'after_close', 'staff_only'];

/** Staff write a poll: kept as a draft for later, or opened at once. */
const POLL_FIELDS = ['question', 'options', 'correctOption', 'scaleMax'] as const;
type PollField = (typeof POLL_FIELDS)[number];

export function PollComposer({
  actions,
  sessionId,
}: {
  actions: SessionActions;
  sessionId: string;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [question, setQuestion] = useState('');
  const [kind, setKind] = useState<PollKind>('single');
  const [optionsText, setOptionsText] = useState('');
  const [correct, setCorrect] = useState<string | null>(null);
  const [visibility, setVisibility] = useState<PollResultsVisibility>('live');
  const [anonymous, setAnonymous] = useState(false);
  const [allowChange, setAllowChange] = useState(false);
  const [pollId, setPollId] = useState(newId);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const choices = CHOICE_KINDS.includes(kind);
  const options = choices
    ? optionsText
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
    : [];

  const create = async (open: boolean) => {
    const parsed = createPollSchema.safeParse({
      id: pollId,
      sessionId,
      question,
      kind,
      options,
      correctOption: kind === 'quiz' && correct !== null ? Number(correct) : undefined,
      resultsVisibility: visibility,
      anonymous,
      allowChange,
      open,
    });
    if (!parsed.success) {
      const [field] = Object.keys(
        clientFieldErrors(parsed.error.issues, POLL_FIELDS, (name) => name),
      ) as PollField[];
      setError(field ? t(`polls.invalid.${field}`) : t('errors.unexpected'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await actions.createPoll(parsed.data);
      setQuestion('');
      setOptionsText('');
      setCorrect(null);
      setPollId(newId());
    } catch (thrown) {
      setError(errorMessage(thrown));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder p="md" data-testid="poll-composer">
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('polls.new')}
        </Title>
        <TextInput
          label={t('polls.question')}
          value={question}
          onChange={(event) => setQuestion(event.currentTarget.value)}
          data-testid="poll-question"
        />
        <Select
          label={t('polls.kind')}
          value={kind}
          onChange={(value) => setKind((value as PollKind | null) ?? 'single')}
          data={KINDS.map((value) => ({ value, label: t(`polls.kinds.${value}`) }))}
          allowDeselect={false}
          data-testid="poll-kind"
        />
        {choices && (
          <Textarea
            label={t('polls.options')}
            description={t('polls.optionsHint')}
            value={optionsText}
            onChange={(event) => setOptionsText(event.currentTarget.value)}
            autosize
            minRows={3}
            data-testid="poll-options"
          />
        )}
        {kind === 'quiz' && (
          <Select
            label={t('polls.correctOption')}
            value={correct}
            onChange={setCorrect}
            data={options.map((label, index) => ({ value: String(index), label }))}
          />
        )}
        <Select
          label={t('polls.resultsVisibility')}
          value={visibility}
          onChange={(value) => setVisibility((value as PollResultsVisibility | null) ?? 'live')}
          data={VISIBILITIES.map((value) => ({
            value,
            label: t(`polls.visibilityChoice.${value}`),
          }))}
          allowDeselect={false}
        />
        <Group>
          <Checkbox
            label={t('polls.anonymous')}
            checked={anonymous}
            onChange={(event) => setAnonymous(event.currentTarget.checked)}
          />
          <Checkbox
            label={t('polls.allowChange')}
            checked={allowChange}
            onChange={(event) => setAllowChange(event.currentTarget.checked)}
          />
        </Group>
        {error && (
          <Text c="red" size="sm" role="alert">
            {error}
          </Text>
        )}
        <Group>
          <Button onClick={() => void create(true)} loading={busy} data-testid="poll-create-open">
            {t('polls.createOpen')}
          </Button>
          <Button variant="default" onClick={() => void create(false)} loading={busy}>
            {t('polls.createDraft')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
