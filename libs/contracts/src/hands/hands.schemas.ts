import { z } from 'zod';
import { idSchema, isoInstantSchema } from '../common/ids';

export const raiseHandSchema = z.object({ sessionId: idSchema, raised: z.boolean() });
export type RaiseHand = z.infer<typeof raiseHandSchema>;

/** Staff lowering someone's hand (after giving them the floor, or by mistake). */
export const lowerHandSchema = z.object({ sessionId: idSchema, personId: idSchema });
export type LowerHand = z.infer<typeof lowerHandSchema>;

export const raisedHandSchema = z.object({
  personId: idSchema,
  name: z.string(),
  raisedAt: isoInstantSchema,
});
export type RaisedHand = z.infer<typeof raisedHandSchema>;

/** The hand queue, oldest first: to staff. */
export const handQueueSchema = z.object({
  sessionId: idSchema,
  hands: z.array(raisedHandSchema),
});
export type HandQueue = z.infer<typeof handQueueSchema>;

/** One person's own hand, to all their devices. */
export const myHandSchema = z.object({
  sessionId: idSchema,
  raisedAt: isoInstantSchema.nullable(),
});
export type MyHand = z.infer<typeof myHandSchema>;
