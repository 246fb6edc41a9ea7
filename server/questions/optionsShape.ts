import { z } from 'zod';

const code = z.string().regex(/^[a-z0-9_]+$/, 'optiecode: alleen kleine letters, cijfers en _');

export const optionsShape = {
  options: z
    .array(z.object({ code, label: z.string().min(1), other: z.boolean().optional() }).strict())
    .min(2, 'een keuzevraag heeft minstens twee opties'),
};
