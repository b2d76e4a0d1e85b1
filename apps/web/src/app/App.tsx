import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { createQueryClient } from './createQueryClient';
import { createRouter } from './router';
import { cssVariablesResolver, theme } from './theme';
import { UpdateReadyBanner } from './UpdateReadyBanner';

export function App() {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(createRouter);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
        <UpdateReadyBanner />
      </QueryClientProvider>
    </MantineProvider>
  );
}
