import {
  type PlanComment,
  type PlanConflict,
  type PlanSection,
  type PlanSectionDefinition,
  PLAN_COMMENT_MAX,
  PLAN_SECTION_TEXT_MAX,
} from '@hadir/contracts';
import {
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../shared/api/useErrorMessage';
import { newId } from '../../../shared/lib/newId';
import { clockTime } from '../../checkin/lib/doorWords';
import { type SaveState } from '../hooks/usePlan';
import { localised } from '../lib/localised';
import { TextChanges } from './TextChanges';

export interface PlanSectionEditorProps {
  definition: PlanSectionDefinition;
  section: PlanSection;
  draft: string | undefined;
  saveState: SaveState;
  canEdit: boolean;
  conflicts: PlanConflict[];
  comments: PlanComment[];
  reviewed: string | null;
  showChanges: boolean;
  onEdit: (text: string) => void;
  onReplace: (text: string) => Promise<void>;
  onResolve: (conflictId: string) => Promise<unknown>;
  /** Absent where this viewer cannot comment. */
  onComment?: (text: string, id: string) => Promise<unknown>;
}

/** One section: its hint, its text (saved as typed), a co-author's clashing version, comments. */
export function PlanSectionEditor(props: PlanSectionEditorProps) {
  const { definition, section, draft, saveState, canEdit, conflicts, comments, onComment } = props;
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const [comment, setComment] = useState('');
  const [commentId, setCommentId] = useState(newId);
  const [error, setError] = useState<string | null>(null);
  const text = draft ?? section.text;
  const attempt = (action: Promise<unknown>) =>
    void action.catch((thrown: unknown) => setError(errorMessage(thrown)));

  return (
    <Paper withBorder p="md" data-testid="plan-section" data-key={definition.key}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {localised(definition.title, i18n.language)}
          </Title>
          {canEdit && (
            <Badge
              variant="light"
              color={saveState === 'saved' ? 'green' : saveState === 'offline' ? 'orange' : 'gray'}
              data-testid="plan-save-state"
              data-state={saveState}
            >
              {t(`plans.save.${saveState}`)}
            </Badge>
          )}
        </Group>
        {definition.hint.en || definition.hint.id ? (
          <Text size="sm" c="dimmed">
            {localised(definition.hint, i18n.language)}
          </Text>
        ) : null}
        {props.showChanges && props.reviewed !== null ? (
          <TextChanges before={props.reviewed} after={text} />
        ) : canEdit ? (
          <Textarea
            value={text}
            onChange={(event) => props.onEdit(event.currentTarget.value)}
            autosize
            minRows={3}
            maxRows={20}
            maxLength={PLAN_SECTION_TEXT_MAX}
            aria-label={localised(definition.title, i18n.language)}
            data-testid="plan-section-text"
          />
        ) : (
          <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="plan-section-read">
            {text || t('plans.empty')}
          </Text>
        )}
        {section.updatedBy && (
          <Text size="xs" c="dimmed">
            {t('plans.lastEdit', {
              name: section.updatedBy.name,
              time: section.updatedAt ? clockTime(section.updatedAt, i18n.language) : '',
            })}
          </Text>
        )}
        {conflicts.map((conflict) => (
          <Alert
            key={conflict.id}
            color="orange"
            data-testid="plan-conflict"
            title={t('plans.conflictTitle', { name: conflict.author.name })}
          >
            <Stack gap="xs">
              <Text size="sm">{t('plans.conflictHint')}</Text>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <Paper withBorder p="xs">
                  <Text size="xs" fw={600}>
                    {t('plans.conflictCurrent')}
                  </Text>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {section.text}
                  </Text>
                </Paper>
                <Paper withBorder p="xs">
                  <Text size="xs" fw={600}>
                    {t('plans.conflictTheirs', { name: conflict.author.name })}
                  </Text>
                  <Text
                    size="sm"
                    style={{ whiteSpace: 'pre-wrap' }}
                    data-testid="plan-conflict-text"
                  >
                    {conflict.text}
                  </Text>
                </Paper>
              </SimpleGrid>
              {canEdit && (
                <Group gap="xs">
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() =>
                      attempt(
                        props.onReplace(conflict.text).then(() => props.onResolve(conflict.id)),
                      )
                    }
                  >
                    {t('plans.useTheirs')}
                  </Button>
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => attempt(props.onResolve(conflict.id))}
                    data-testid="plan-conflict-resolve"
                  >
                    {t('plans.reconciled')}
                  </Button>
                </Group>
              )}
            </Stack>
          </Alert>
        ))}
        {comments.length > 0 && (
          <Stack gap={4} data-testid="plan-comments">
            {comments.map((entry) => (
              <Paper
                key={entry.id}
                p="xs"
                bg={
                  entry.reviewer
                    ? 'var(--mantine-color-yellow-light)'
                    : 'var(--mantine-color-gray-light)'
                }
                data-testid="plan-comment"
              >
                <Text size="xs" c="dimmed">
                  {entry.author.name} · {entry.reviewer ? t('plans.reviewer') : t('plans.author')} ·{' '}
                  {clockTime(entry.createdAt, i18n.language)}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {entry.text}
                </Text>
              </Paper>
            ))}
          </Stack>
        )}
        {onComment && (
          <Group gap="xs" align="flex-start">
            <TextInput
              style={{ flex: 1 }}
              size="xs"
              placeholder={t('plans.commentPlaceholder')}
              aria-label={t('plans.commentPlaceholder')}
              value={comment}
              maxLength={PLAN_COMMENT_MAX}
              onChange={(event) => setComment(event.currentTarget.value)}
              data-testid="plan-comment-input"
            />
            <Button
              size="xs"
              variant="light"
              disabled={comment.trim() === ''}
              onClick={() =>
                attempt(
                  onComment(comment.trim(), commentId).then(() => {
                    setComment('');
                    setCommentId(newId());
                  }),
                )
              }
              data-testid="plan-comment-send"
            >
              {t('plans.comment')}
            </Button>
          </Group>
        )}
        {error && (
          <Text c="red" size="sm" role="alert">
            {error}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
