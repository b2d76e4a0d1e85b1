import { Loader } from '@mantine/core';
import { type ComponentProps, lazy, Suspense } from 'react';

const MediaPanel = lazy(() => import('./MediaPanel').then((m) => ({ default: m.MediaPanel })));
const DisplayStage = lazy(() =>
  import('./DisplayStage').then((m) => ({ default: m.DisplayStage })),
);

/** The media panel, with the media client's code fetched when a page first shows it. */
export function LazyMediaPanel(props: ComponentProps<typeof MediaPanel>) {
  return (
    <Suspense fallback={<Loader size="sm" />}>
      <MediaPanel {...props} />
    </Suspense>
  );
}

/** The projector's stage, likewise. */
export function LazyDisplayStage(props: ComponentProps<typeof DisplayStage>) {
  return (
    <Suspense fallback={<Loader size="sm" />}>
      <DisplayStage {...props} />
    </Suspense>
  );
}
