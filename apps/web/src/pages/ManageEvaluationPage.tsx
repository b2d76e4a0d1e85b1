import { type EvaluationKind } from '@hadir/contracts';
import { Container, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchEvaluationForms } from '../modules/evaluation/api/evaluationApi';
import { EvaluationFormEditor } from '../modules/evaluation/components/EvaluationFormEditor';
import { EvaluationResultsPanel } from '../modules/evaluation/components/EvaluationResultsPanel';
import { queryKeys } from '../shared/api/queryKeys';
import { PageLoader } from '../shared/components/PageLoader';
import { QueryErrorAlert } from '../shared/components/QueryErrorAlert';
import { useManageContext } from './ManageLayout';

const KINDS: EvaluationKind[] = ['session', 'programme'];

/** Organisers prepare the session feedback form and the programme evaluation, and read the results. */
export function ManageEvaluationPage() {
  const { t } = useTranslation();
  const { agenda } = useManageContext();
  const eventId = agenda.event.id;
  const forms = useQuery({
    queryKey: queryKeys.evaluationForms(eventId),
    queryFn: ({ signal }) => fetchEvaluationForms(eventId, signal),
  });

  if (forms.isPending) return <PageLoader />;
  if (forms.isError) {
    return (
      <Container size="xl" py="md">
        <QueryErrorAlert error={forms.error} onRetry={() => void forms.refetch()} />
      </Container>
    );
  }
  return (
    <Container size="xl" py="md">
      <Stack gap="lg">
        <Text size="sm" c="dimmed">
          {t('evaluation.manageIntro')}
        </Text>
        <SimpleGrid cols={{ base: 1, lg: 2 }}>
          {KINDS.map((kind) => (
            <EvaluationFormEditor
              key={kind}
              eventId={eventId}
              kind={kind}
              form={forms.data[kind]}
            />
          ))}
        </SimpleGrid>
        {KINDS.map((kind) => {
          const form = forms.data[kind];
          return form && form.status !== 'draft' ? (
            <EvaluationResultsPanel key={form.id} eventId={eventId} form={form} />
          ) : null;
        })}
      </Stack>
    </Container>
  );
}
