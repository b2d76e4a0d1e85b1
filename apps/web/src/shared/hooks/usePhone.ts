import { useMediaQuery } from '@mantine/hooks';

/**
 * Whether the screen is a phone's (up to 48em, Mantine's `sm`, the width touch.css follows too),
 * known at the first render so that a page is not laid out twice.
 */
export function usePhone(): boolean {
  return useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
}
