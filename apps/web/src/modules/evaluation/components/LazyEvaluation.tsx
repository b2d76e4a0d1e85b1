import { Loader } from '@mantine/core';
import { type ComponentProps, lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { PanelBoundary } from '../../../shared/components/PanelBoundary';

const FeedbackForm = lazy(() =>
  import('./FeedbackForm').then((m) => ({ default: m.FeedbackForm })),
);
const EvaluationRequestsCard = lazy(() =>
  import('./EvaluationRequestsCard').then((m) => ({ default: m.EvaluationRequestsCard })),
);

/**
 * Forms are fetched only by those asked to answer one: the event home and session pages of
 * everyone else stay as light as before. A failed download or a broken form shows a retry here.
 */
export function LazyFeedbackForm(props: ComponentProps<typeof FeedbackForm>) {
  const { t } = useTranslation();
  return (
    <PanelBoundary name={t('panels.feedback')} testId="panel-feedback">
      <Suspense fallback={<Loader size="sm" />}>
        <FeedbackForm {...props} />
      </Suspense>
    </PanelBoundary>
  );
}

export function LazyEvaluationRequestsCard(props: ComponentProps<typeof EvaluationRequestsCard>) {
  const { t } = useTranslation();
  return (
    <PanelBoundary name={t('panels.feedback')} testId="panel-feedback">
      <Suspense fallback={<Loader size="sm" />}>
        <EvaluationRequestsCard {...props} />
      </Suspense>
    </PanelBoundary>
  );
}
