import { Loader } from '@mantine/core';
import { type ComponentProps, lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { PanelBoundary } from '../../../shared/components/PanelBoundary';

const MediaPanel = lazy(() => import('./MediaPanel').then((m) => ({ default: m.MediaPanel })));
const DisplayStage = lazy(() =>
  import('./DisplayStage').then((m) => ({ default: m.DisplayStage })),
);

/**
 * The media panel, with the media client's code fetched when a page first shows it. If that
 * download fails (a thin link) or the panel breaks, only this panel says so and offers a retry.
 */
export function LazyMediaPanel(props: ComponentProps<typeof MediaPanel>) {
  const { t } = useTranslation();
  return (
    <PanelBoundary name={t('panels.media')} testId="panel-media">
      <Suspense fallback={<Loader size="sm" />}>
        <MediaPanel {...props} />
      </Suspense>
    </PanelBoundary>
  );
}

/** The projector's stage, likewise. */
export function LazyDisplayStage(props: ComponentProps<typeof DisplayStage>) {
  const { t } = useTranslation();
  return (
    <PanelBoundary name={t('panels.media')} testId="panel-media">
      <Suspense fallback={<Loader size="sm" />}>
        <DisplayStage {...props} />
      </Suspense>
    </PanelBoundary>
  );
}
