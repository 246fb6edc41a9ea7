import { z } from 'zod';
import { slug } from './actorSchema.ts';

/**
 * What the engine does with a question in the monitor. A definition names its own kinds of question
 * ('afspraak', 'beleving', … in 2024) and gives each one of these roles, so no survey's vocabulary
 * is built into the engine:
 * - agreement: a row of a report table (progress states, planning, behind schedule);
 * - experience: a row of a five-point scale table (the 2024 'beleving' chapter);
 * - informative: percentages or number statistics below the tables;
 * - followUp: informative, on the base of the question it follows.
 */
export const questionRoles = ['agreement', 'experience', 'informative', 'followUp'] as const;
export type QuestionRole = (typeof questionRoles)[number];

export const questionKindsSchema = z.record(slug, z.object({
  role: z.enum(questionRoles),
  /** The name in the codebook ('Soort vraag'), e.g. 'Vervolgvraag'. */
  label: z.string().min(1),
}).strict());

export type QuestionKinds = z.infer<typeof questionKindsSchema>;

/** A question that is a row of a report table (agreement or five-point scale). */
export const isTableRole = (role: QuestionRole): boolean => role === 'agreement' || role === 'experience';
