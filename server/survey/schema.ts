// The survey definition schema (surveys/*.json): the top-level fields, assembled from the part schemas.
import { z } from 'zod';
import { actorSchema, slug } from './actorSchema.ts';
import { questionSchema } from './questionSchema.ts';
import { questionKindsSchema, type QuestionRole } from './questionKinds.ts';
import { refineSurvey } from './refine.ts';
import { demoRespondentsSchema, previousSchema, themesSchema } from './surveyParts.ts';

export { type ActorDef, type ActorId } from './actorSchema.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'datum als JJJJ-MM-DD');

export const surveySchema = z
  .object({
    id: slug,
    title: z.string().min(1),
    year: z.number().int(),
    fieldwork: z.object({ opens: isoDate, closes: isoDate }).strict(),
    referenceDate: isoDate,
    source: z.string().optional(),
    /** The agreement document the themes' paragraphs refer to, as a sentence ends: 'de Hervormingsagenda Jeugd'. */
    agreementDocument: z.string().min(1).optional(),
    /**
     * How question ids are built, e.g. '<actor>.<theme>.<nn>': <actor> is one of the question's
     * actor kinds, <theme> its theme, <nn> two digits; anything else is literal.
     */
    questionIdFormat: z.string().min(1).optional(),
    /** Every required question's `openAtSubmit` unless it says otherwise. */
    openAtSubmit: z.enum(['refuse', 'confirm']).default('refuse'),
    actors: z.array(actorSchema).min(1),
    questionKinds: questionKindsSchema,
    demoRespondents: demoRespondentsSchema,
    themes: themesSchema,
    questions: z.array(questionSchema).min(1),
    previous: previousSchema,
  })
  .strict()
  .superRefine(refineSurvey)
  // Each question carries the role its kind has, so the monitor asks `q.role`, never a kind's name.
  .transform((s) => ({
    ...s,
    questions: s.questions.map((q) => ({ ...q, role: (s.questionKinds[q.kind]?.role ?? 'informative') as QuestionRole })),
  }));

export type Survey = z.infer<typeof surveySchema>;
export type Question = Survey['questions'][number];
export type Theme = Survey['themes'][number];
