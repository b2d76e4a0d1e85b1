import {
  type EvaluationForm,
  type EvaluationKind,
  type EvaluationQuestion,
  type SaveEvaluationForm,
  saveEvaluationFormSchema,
} from '@hadir/contracts';
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../../../shared/api/queryKeys';
import { useErrorMessage } from '../../../shared/api/useErrorMessage';
import { newId } from '../../../shared/lib/newId';
import { saveEvaluationForm, setEvaluationStatus } from '../api/evaluationApi';

export interface EvaluationFormEditorProps {
  eventId: string;
  kind: EvaluationKind;
  form: EvaluationForm | null;
}

const STATUS_COLOURS = { draft: 'gray', open: 'green', closed: 'orange' } as const;

/**
 * Organisers prepare one of the event's two forms. Once someone has answered, the questions and
 * anonymity are fixed (the answers would no longer match them); the title and status are not.
 */
export function EvaluationFormEditor({ eventId, kind, form }: EvaluationFormEditorProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const client = useQueryClient();
  const [draft, setDraft] = useState(() => form ?? starterForm(kind, t));
  const [invalid, setInvalid] = useState<string | null>(null);
  const locked = (form?.answers ?? 0) > 0;
  const refresh = () => client.invalidateQueries({ queryKey: queryKeys.evaluationForms(eventId) });
  const save = useMutation({
    mutationFn: () =>
      saveEvaluationForm(eventId, kind, {
        title: draft.title,
        anonymous: draft.anonymous,
        questions: draft.questions,
      }),
    onSuccess: refresh,
  });
  const status = useMutation({
    mutationFn: (next: EvaluationForm['status']) => setEvaluationStatus(eventId, kind, next),
    onSuccess: refresh,
  });
  const edit = (patch: Partial<typeof draft>) => {
    save.reset();
    setDraft((previous) => ({ ...previous, ...patch }));
  };
  const editQuestion = (id: string, patch: Partial<EvaluationQuestion>) =>
    edit({ questions: draft.questions.map((q) => (q.id === id ? { ...q, ...patch } : q)) });
  const handleSave = () => {
    const parsed = saveEvaluationFormSchema.safeParse(draft);
    if (!parsed.success) {
      setInvalid(t('evaluation.editor.invalid'));
      return;
    }
    setInvalid(null);
    save.mutate();
  };
  const failure = save.error ?? status.error;

  return (
    <Paper withBorder p="md" radius="md" data-testid={`evaluation-editor-${kind}`}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t(`evaluation.kinds.${kind}`)}
          </Title>
          {form && (
            <Badge color={STATUS_COLOURS[form.status]} data-testid="evaluation-status">
              {t(`evaluation.status.${form.status}`)}
            </Badge>
          )}
        </Group>
        <TextInput
          label={t('evaluation.editor.title')}
          value={draft.title}
          maxLength={200}
          onChange={(changed) => edit({ title: changed.currentTarget.value })}
          data-testid="evaluation-title"
        />
        <Switch
          label={t('evaluation.editor.anonymous')}
          description={t('evaluation.editor.anonymousHint')}
          checked={draft.anonymous}
          disabled={locked}
          onChange={(changed) => edit({ anonymous: changed.currentTarget.checked })}
          data-testid="evaluation-anonymous"
        />
        {locked && (
          <Text size="sm" c="dimmed" data-testid="evaluation-locked">
            {t('evaluation.editor.locked', { count: form?.answers ?? 0 })}
          </Text>
        )}
        {draft.questions.map((question, index) => (
          <Group key={question.id} align="flex-end" wrap="nowrap" data-testid="evaluation-question">
            <TextInput
              label={t('evaluation.editor.question', { number: index + 1 })}
              value={question.prompt}
              maxLength={300}
              disabled={locked}
              onChange={(changed) =>
                editQuestion(question.id, { prompt: changed.currentTarget.value })
              }
              style={{ flex: 1 }}
              data-testid="evaluation-question-prompt"
            />
            <SegmentedControl
              value={question.kind}
              disabled={locked}
              onChange={(value) =>
                editQuestion(question.id, { kind: value as EvaluationQuestion['kind'] })
              }
              data={[
                { value: 'rating', label: t('evaluation.editor.rating') },
                { value: 'text', label: t('evaluation.editor.text') },
              ]}
            />
            <Checkbox
              label={t('evaluation.editor.required')}
              checked={question.required}
              disabled={locked}
              onChange={(changed) =>
                editQuestion(question.id, { required: changed.currentTarget.checked })
              }
              mb={8}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              disabled={locked || draft.questions.length === 1}
              onClick={() =>
                edit({ questions: draft.questions.filter((q) => q.id !== question.id) })
              }
              aria-label={t('evaluation.editor.remove')}
              mb={4}
            >
              ✕
            </ActionIcon>
          </Group>
        ))}
        {!locked && (
          <Group>
            <Button
              variant="subtle"
              size="xs"
              onClick={() =>
                edit({
                  questions: [
                    ...draft.questions,
                    { id: newId(), kind: 'rating', prompt: '', required: false },
                  ],
                })
              }
              data-testid="evaluation-add-question"
            >
              {t('evaluation.editor.add')}
            </Button>
          </Group>
        )}
        {(invalid ?? failure) && (
          <Alert color="red" variant="light" role="alert" data-testid="evaluation-editor-error">
            {invalid ?? errorMessage(failure)}
          </Alert>
        )}
        <Group>
          <Button onClick={handleSave} loading={save.isPending} data-testid="evaluation-save">
            {t('evaluation.editor.save')}
          </Button>
          {form && form.status !== 'open' && (
            <Button
              variant="light"
              color="green"
              loading={status.isPending}
              onClick={() => status.mutate('open')}
              data-testid="evaluation-open"
            >
              {t('evaluation.editor.open')}
            </Button>
          )}
          {form?.status === 'open' && (
            <Button
              variant="light"
              color="orange"
              loading={status.isPending}
              onClick={() => status.mutate('closed')}
              data-testid="evaluation-close"
            >
              {t('evaluation.editor.close')}
            </Button>
          )}
          {save.isSuccess && (
            <Text size="sm" c="green" role="status" data-testid="evaluation-saved">
              {t('evaluation.editor.saved')}
            </Text>
          )}
        </Group>
        {!form && (
          <Text size="xs" c="dimmed">
            {t('evaluation.editor.saveFirst')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

/** A form to start from: the questions most programmes ask, in the organiser's language. */
function starterForm(kind: EvaluationKind, t: TFunction): SaveEvaluationForm {
  const question = (
    key: 'useful' | 'clear' | 'apply',
    questionKind: EvaluationQuestion['kind'],
    required: boolean,
  ): EvaluationQuestion => ({
    id: newId(),
    kind: questionKind,
    prompt: t(`evaluation.starter.${kind}.${key}`),
    required,
  });
  return {
    title: t(`evaluation.starter.${kind}.title`),
    anonymous: kind === 'programme',
    questions: [
      question('useful', 'rating', true),
      question('clear', 'rating', false),
      question('apply', 'text', false),
    ],
  };
}
