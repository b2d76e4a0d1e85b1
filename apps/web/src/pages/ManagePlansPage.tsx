import {
  type PlanSectionDefinition,
  type PlanTemplate,
  planTemplateSchema,
} from '@hadir/contracts';
import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Paper,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useLiveSocket } from '../modules/live/hooks/useLiveSocket';
import { ACK_TIMEOUT_MS, request } from '../modules/live/api/liveRequest';
import { useErrorMessage } from '../shared/api/useErrorMessage';
import { PageLoader } from '../shared/components/PageLoader';

/** The organiser's action-plan template: its sections and hints in both languages, and who reads plans. */
export function ManagePlansPage() {
  const { eventId = '' } = useParams();
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const socket = useLiveSocket();
  const [template, setTemplate] = useState<PlanTemplate | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    request<PlanTemplate>((cb) =>
      socket.timeout(ACK_TIMEOUT_MS).emit('plan:template.get', { eventId }, cb),
    )
      .then((loaded) => current && setTemplate(loaded))
      .catch((thrown: unknown) => current && setProblem(errorMessage(thrown)));
    return () => {
      current = false;
    };
  }, [socket, eventId, errorMessage]);

  if (!template) return problem ? <Alert color="red">{problem}</Alert> : <PageLoader />;
  const setSection = (index: number, change: Partial<PlanSectionDefinition>) =>
    setTemplate({
      ...template,
      sections: template.sections.map((section, i) =>
        i === index ? { ...section, ...change } : section,
      ),
    });
  const move = (index: number, by: -1 | 1) => {
    const sections = [...template.sections];
    const [moved] = sections.splice(index, 1);
    sections.splice(index + by, 0, moved);
    setTemplate({ ...template, sections });
  };
  const save = () => {
    const parsed = planTemplateSchema.safeParse(template);
    if (!parsed.success) {
      setProblem(parsed.error.issues[0]?.message ?? t('errors.unexpected'));
      return;
    }
    setProblem(null);
    request<PlanTemplate>((cb) =>
      socket.timeout(ACK_TIMEOUT_MS).emit('plan:template.save', parsed.data, cb),
    )
      .then((saved) => {
        setTemplate(saved);
        setNotice(t('plans.templateSaved'));
      })
      .catch((thrown: unknown) => setProblem(errorMessage(thrown)));
  };

  return (
    <Stack gap="md" p="md" maw={1100} mx="auto" data-testid="manage-plans">
      <Group justify="space-between">
        <Title order={1} size="h3">
          {t('plans.template')}
        </Title>
        <Button component={Link} to={`/events/${eventId}/plans`} variant="subtle">
          {t('plans.title')}
        </Button>
      </Group>
      <Text c="dimmed">{t('plans.templateHint')}</Text>
      <Switch
        label={t('plans.makePublic')}
        checked={template.plansPublic}
        onChange={(event) => setTemplate({ ...template, plansPublic: event.currentTarget.checked })}
        data-testid="plans-public"
      />
      {template.sections.map((section, index) => (
        <Paper key={section.key} withBorder p="sm" data-testid="template-section">
          <Stack gap="xs">
            <Group justify="space-between">
              <Text size="xs" c="dimmed">
                {section.key}
              </Text>
              <Group gap={4}>
                <ActionIcon
                  variant="subtle"
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                  aria-label={t('plans.moveUp')}
                >
                  ↑
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  disabled={index === template.sections.length - 1}
                  onClick={() => move(index, 1)}
                  aria-label={t('plans.moveDown')}
                >
                  ↓
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  disabled={template.sections.length === 1}
                  onClick={() =>
                    setTemplate({
                      ...template,
                      sections: template.sections.filter((_, i) => i !== index),
                    })
                  }
                  aria-label={t('plans.removeSection')}
                >
                  ✕
                </ActionIcon>
              </Group>
            </Group>
            <Group grow align="flex-start">
              <TextInput
                label={t('plans.titleEn')}
                value={section.title.en}
                onChange={(e) =>
                  setSection(index, { title: { ...section.title, en: e.currentTarget.value } })
                }
              />
              <TextInput
                label={t('plans.titleId')}
                value={section.title.id}
                onChange={(e) =>
                  setSection(index, { title: { ...section.title, id: e.currentTarget.value } })
                }
              />
            </Group>
            <Group grow align="flex-start">
              <TextInput
                label={t('plans.hintEn')}
                value={section.hint.en}
                onChange={(e) =>
                  setSection(index, { hint: { ...section.hint, en: e.currentTarget.value } })
                }
              />
              <TextInput
                label={t('plans.hintId')}
                value={section.hint.id}
                onChange={(e) =>
                  setSection(index, { hint: { ...section.hint, id: e.currentTarget.value } })
                }
              />
            </Group>
          </Stack>
        </Paper>
      ))}
      <Group>
        <Button
          variant="default"
          onClick={() => {
            const taken = new Set(template.sections.map((s) => s.key));
            let n = template.sections.length + 1;
            while (taken.has(`section_${n}`)) n += 1;
            setTemplate({
              ...template,
              sections: [
                ...template.sections,
                { key: `section_${n}`, title: { en: '', id: '' }, hint: { en: '', id: '' } },
              ],
            });
          }}
        >
          {t('plans.addSection')}
        </Button>
        <Button onClick={save} data-testid="template-save">
          {t('plans.saveTemplate')}
        </Button>
      </Group>
      {problem && (
        <Text c="red" role="alert">
          {problem}
        </Text>
      )}
      {notice && (
        <Text c="green" role="status">
          {notice}
        </Text>
      )}
    </Stack>
  );
}
