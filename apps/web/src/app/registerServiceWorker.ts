/**
 * Only a production build has a service worker, and browsers run one only on https or
 * localhost: a hall serving Hadir over plain http still works, but cannot reopen offline.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js', { type: 'module' }).catch((error: unknown) => {
      console.warn('Hadir could not install its offline copy', error);
    });
  });
}
