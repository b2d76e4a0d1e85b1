import { z } from 'zod';

export const serverShutdownSchema = z.object({
  reason: z.literal('shutdown'),
});
export type ServerShutdown = z.infer<typeof serverShutdownSchema>;
