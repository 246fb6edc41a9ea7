// Sub-schemas of a survey definition besides its questions: themes, demo respondents, the previous-survey link.
import { z } from 'zod';
import { slug } from './actorSchema.ts';

/** Demo mode: a respondent account per entry, so a fresh install can be tried at once. */
export const demoRespondentsSchema = z.array(z.object({
  email: z.email(), organisation: z.string().min(1), description: z.string().min(1),
  /** Also 'vaststeller' (approves the organisation's answers when a wave asks for sign-off). */
  signOff: z.boolean().optional(),
}).strict()).default([]);

export const themesSchema = z.array(z.object({
  id: slug, number: z.string(), title: z.string(),
  /** A short introduction for respondents, shown above the theme's questions. */
  intro: z.string().min(1).optional(),
  /** The paragraph of the survey's agreementDocument the theme's agreements come from, e.g. '2.2' (only when the source says so). */
  paragraph: z.string().min(1).optional(),
}).strict()).min(1);

/**
 * The survey this one follows year after year (its waves name a wave of it as their previous
 * wave), and the municipal mergers between the two (a CSV relative to the definition's folder).
 */
export const previousSchema = z.object({
  survey: slug,
  mergers: z.string().regex(/\.csv$/, 'een .csv-bestand').optional(),
}).strict().optional();
