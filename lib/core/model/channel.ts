import * as z from 'zod/mini';

export const CHANNELS = ['call', 'email', 'linkedin', 'x'] as const;
export const Channel = z.enum(CHANNELS);
export type Channel = z.infer<typeof Channel>;

export const CHANNEL_LABELS: Record<Channel, string> = {
  call: 'Call',
  email: 'Email',
  linkedin: 'LinkedIn',
  x: 'X (Twitter)',
};
