import { create } from 'zustand';

interface UpdateState {
  /** The new release's worker, installed and waiting for the person to accept it. */
  waiting: ServiceWorker | null;
}

export const useUpdateStore = create<UpdateState>()(() => ({ waiting: null }));

/** Hands over to the waiting release; the page reloads once it controls the page. */
export function reloadIntoUpdate(): void {
  const { waiting } = useUpdateStore.getState();
  if (!waiting) return;
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
    once: true,
  });
  waiting.postMessage({ type: 'skip-waiting' });
}

/** A release found while an older one controls the page is offered, never forced on it. */
function offerUpdates(registration: ServiceWorkerRegistration): void {
  const offer = (worker: ServiceWorker | null) => {
    if (worker && navigator.serviceWorker.controller) useUpdateStore.setState({ waiting: worker });
  };
  offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed') offer(installing);
    });
  });
}

/**
 * Only a production build has a service worker, and browsers run one only on https or
 * localhost: a hall serving Hadir over plain http still works, but cannot reopen offline.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker
      .register('/sw.js', { type: 'module' })
      .then(offerUpdates)
      .catch((error: unknown) => {
        console.warn('Hadir could not install its offline copy', error);
      });
  });
}
